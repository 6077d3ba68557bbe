package org.gridpatrol.store.internal;

import java.lang.annotation.Annotation;

/** A {@link StoreConfig} as Configuration Admin would hand it over. */
record ConfigValues(String dialect, String url, String user, String password, int maxPoolSize)
        implements StoreConfig {

    static ConfigValues h2gis(String url) {
        return new ConfigValues("h2gis", url, "", "", 4);
    }

    static ConfigValues postgis(String url) {
        return new ConfigValues("postgis", url, "", "", 4);
    }

    @Override
    public String _password() {
        return password;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return StoreConfig.class;
    }
}
