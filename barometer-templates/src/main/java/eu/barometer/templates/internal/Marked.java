package eu.barometer.templates.internal;

/**
 * A whole number with the marks of its flags ({@code *}, {@code °}) as a message argument: it
 * prints as the number in the edition's style followed by the marks ({@code 151 360*}), and
 * plurals choose by the number.
 *
 * @param value the number
 * @param marks the marks, empty for none
 */
public record Marked(long value, String marks) { }
