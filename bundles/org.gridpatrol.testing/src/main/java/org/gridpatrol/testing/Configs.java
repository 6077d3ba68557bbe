package org.gridpatrol.testing;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;

/** Component property types as SCR makes them: given values by name, the declared defaults otherwise. */
public final class Configs {

    private Configs() {
    }

    public static <T extends Annotation> T of(Class<T> type, Map<String, ?> values) {
        Object config = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "annotationType":
                    return type;
                case "toString":
                    return type.getSimpleName() + values;
                case "hashCode":
                    return values.hashCode();
                case "equals":
                    return proxy == args[0];
                default:
                    Object value = values.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
            }
        });
        return type.cast(config);
    }
}
