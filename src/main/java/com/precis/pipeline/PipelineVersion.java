package com.precis.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into {@code precis-version.properties} at build time. */
final class PipelineVersion {

    private PipelineVersion() {
    }

    static String read() {
        try (InputStream in = PipelineVersion.class.getResourceAsStream("/precis-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
