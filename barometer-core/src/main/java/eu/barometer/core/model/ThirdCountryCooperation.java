package eu.barometer.core.model;

import eu.barometer.core.reference.AgreementStatus;
import eu.barometer.core.reference.AsopStatus;
import eu.barometer.core.reference.CooperationLevel;
import eu.barometer.core.reference.Flag;

/**
 * How a third country cooperates against migrant smuggling (actions I.5 and IV).
 *
 * @param country ISO 3166 alpha-2 code of the third country, e.g. {@code TN}
 * @param translations the comment in other languages ({@code comment_sl})
 * @since 0.1
 */
public record ThirdCountryCooperation(String country, CooperationLevel cooperation, AsopStatus asop,
                                      AgreementStatus europolAgreement, AgreementStatus eurojustAgreement,
                                      String comment, Flag flag, int line, Translations translations) implements Row {

    public ThirdCountryCooperation {
        java.util.Objects.requireNonNull(translations, "translations");
    }

    /** A row whose comment is written in one language only. */
    public ThirdCountryCooperation(String country, CooperationLevel cooperation, AsopStatus asop,
                                   AgreementStatus europolAgreement, AgreementStatus eurojustAgreement,
                                   String comment, Flag flag, int line) {
        this(country, cooperation, asop, europolAgreement, eurojustAgreement, comment, flag, line, Translations.NONE);
    }
}
