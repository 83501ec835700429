package eu.barometer.core.model;

import eu.barometer.core.reference.DocumentType;
import eu.barometer.core.reference.Language;
import eu.barometer.core.reference.Marking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The data of the Council document header: "Brussels, 11 October 2023 (OR. en) 13901/23 LIMITE
 * SCH-EVAL 217 COSI 173 … NOTE From: … To: … Subject: …".
 *
 * @param number           the document number, e.g. {@code 13901/23} or {@code 13083/1/20 REV 1}; never null
 * @param date             the date of the document; never null
 * @param place            where it is issued; never null
 * @param originalLanguage the language of the original, shown as "(OR. en)"; never null
 * @param marking          the marking on every page; never null
 * @param subjectCodes     subject codes with running numbers, e.g. {@code SCH-EVAL 217}; never null
 * @param type             the document type; never null
 * @param from             the sender; never null
 * @param to               the recipient; never null
 * @param subject          the subject line; never null
 * @since 0.1
 */
public record CouncilDocument(String number, LocalDate date, LocalizedText place, Language originalLanguage,
                              Marking marking, List<String> subjectCodes, DocumentType type,
                              LocalizedText from, LocalizedText to, LocalizedText subject) {

    public CouncilDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        Objects.requireNonNull(marking, "marking");
        subjectCodes = List.copyOf(subjectCodes);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
    }
}
