package eu.barometer.templates.internal;

import freemarker.cache.TemplateLoader;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

/**
 * Serves the templates of one template set from memory. The set's files were read once, when the
 * set was built, from its folder or the classpath; nothing else can be loaded: no other folder, no
 * {@code ..}, no absolute path, no URL, no file that changed or appeared later.
 */
public final class SetLoader implements TemplateLoader {

    private final Map<String, String> templates;

    /** @param templates template name (relative, with {@code /}) to its text */
    public SetLoader(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    @Override
    public Object findTemplateSource(String name) {
        return isSafeName(name) && templates.containsKey(name) ? name : null;
    }

    /** True for a relative name without {@code ..}, backslashes, a scheme or a leading slash. */
    public static boolean isSafeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.contains("\0")) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long getLastModified(Object source) {
        return 0;
    }

    @Override
    public Reader getReader(Object source, String encoding) {
        return new StringReader(templates.get((String) source));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing to close: the text is in memory.
    }
}
