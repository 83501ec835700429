package eu.barometer.core.reference;

/**
 * The three scripts of the EU's official languages.
 *
 * @since 0.1
 */
public enum Script { LATIN, GREEK, CYRILLIC }
