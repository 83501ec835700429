package eu.barometer.templates.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

import java.util.Locale;

/**
 * Line-break opportunities by the Unicode line breaking algorithm (UAX #14, through ICU4J) in
 * the text's language, instead of the JDK's older rules, which Flying Saucer uses by default.
 *
 * <p>The JDK breaks between a postfix sign and what follows it, so a figure's mark went to the
 * next line on its own: "(+29 %" / "* compared with …". UAX #14 keeps "%*" together (rule LB24),
 * as it keeps a figure with its no-break spaces ("285 506*").
 */
final class UnicodeLineBreaking implements LineBreakingStrategy {

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakIterator lines = BreakIterator.getLineInstance(language == null || language.isBlank()
                ? ULocale.ROOT : ULocale.forLocale(Locale.forLanguageTag(language)));
        lines.setText(text);
        return () -> {
            int at = lines.next();
            return at == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(at);
        };
    }
}
