package eu.barometer.templates.internal;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The only object wrapper a template set uses: it wraps the template model's maps, lists,
 * strings, numbers and booleans, and refuses everything else. No Java object, class or method is
 * reachable from a template, so there is nothing to call, reflect on or escape through; the
 * wrapped values do not support {@code ?api}.
 */
public final class ModelWrapper implements ObjectWrapper {

    /** The shared instance; stateless. */
    public static final ModelWrapper INSTANCE = new ModelWrapper();

    private ModelWrapper() { }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null) {
            return null;
        }
        if (obj instanceof TemplateModel tm) {
            return tm;
        }
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Number n) {
            return new SimpleNumber(n);
        }
        if (obj instanceof Boolean b) {
            return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (obj instanceof Map<?, ?> m) {
            return new Hash(m);
        }
        if (obj instanceof List<?> l) {
            return new Sequence(l);
        }
        throw new TemplateModelException("the template model holds only maps, lists, strings, numbers and booleans, not "
                + obj.getClass().getSimpleName());
    }

    /** A read-only view of a map with string keys. */
    private final class Hash implements TemplateHashModelEx2 {
        private final Map<?, ?> map;

        Hash(Map<?, ?> map) {
            this.map = map;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            return wrap(map.get(key));
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(map.keySet(), ModelWrapper.this);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(map.values(), ModelWrapper.this);
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() {
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            return new KeyValuePairIterator() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public KeyValuePair next() throws TemplateModelException {
                    Map.Entry<?, ?> e = it.next();
                    TemplateModel k = wrap(e.getKey());
                    TemplateModel v = wrap(e.getValue());
                    return new KeyValuePair() {
                        @Override
                        public TemplateModel getKey() {
                            return k;
                        }

                        @Override
                        public TemplateModel getValue() {
                            return v;
                        }
                    };
                }
            };
        }
    }

    /** A read-only view of a list. */
    private final class Sequence implements TemplateSequenceModel {
        private final List<?> list;

        Sequence(List<?> list) {
            this.list = list;
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            return index >= 0 && index < list.size() ? wrap(list.get(index)) : null;
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
