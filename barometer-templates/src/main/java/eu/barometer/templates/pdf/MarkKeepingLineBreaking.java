package eu.barometer.templates.pdf;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaking (the JDK's line iterator, aware of URLs) without a break before
 * a figure's mark: the JDK breaks between a postfix sign and what follows it, so the mark went to
 * the next line on its own ("(+29 %" / "* compared with …"). The Unicode line breaking algorithm
 * keeps them together (UAX #14, rule LB24); so does this, at the JDK's cost (ICU4J's iterator,
 * tried first, took twice as long over the 2,900 text runs of an edition).
 */
final class MarkKeepingLineBreaking implements LineBreakingStrategy {

    private final LineBreakingStrategy jdk = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakPointsProvider breaks = jdk.getBreakPointsProvider(text, language, style);
        return () -> {
            BreakPoint p = breaks.next();
            while (p.getPosition() > 0 && p.getPosition() < text.length() && isMark(text.charAt(p.getPosition()))) {
                p = breaks.next();
            }
            return p;
        };
    }

    /** The marks of docs/template-model.md that follow a figure: provisional and estimated. */
    private static boolean isMark(char c) {
        return c == '*' || c == '\u00B0';
    }
}
