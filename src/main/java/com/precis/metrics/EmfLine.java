package com.precis.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format record: a JSON object whose {@code _aws} member tells
 * CloudWatch Logs which of its top-level members are metrics (with units) and which are dimensions.
 * Written by hand, like the log lines: no JSON library on the cold path.
 */
final class EmfLine {

    private final String namespace;
    private final List<List<String>> dimensionSets = new ArrayList<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, Object> members = new LinkedHashMap<>();

    EmfLine(String namespace) {
        this.namespace = namespace;
    }

    /** A set of dimensions the metrics are aggregated by; each must be added as a {@link #property}. */
    EmfLine dimensions(String... names) {
        dimensionSets.add(List.of(names));
        return this;
    }

    EmfLine metric(String name, String unit, long value) {
        units.put(name, unit);
        members.put(name, value);
        return this;
    }

    EmfLine property(String name, String value) {
        members.put(name, value);
        return this;
    }

    String toJson(long timestampMillis) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"_aws\":{\"Timestamp\":").append(timestampMillis).append(",\"CloudWatchMetrics\":[{\"Namespace\":");
        string(out, namespace);
        out.append(",\"Dimensions\":[");
        for (int i = 0; i < dimensionSets.size(); i++) {
            out.append(i == 0 ? "[" : ",[");
            List<String> set = dimensionSets.get(i);
            for (int j = 0; j < set.size(); j++) {
                if (j > 0) {
                    out.append(',');
                }
                string(out, set.get(j));
            }
            out.append(']');
        }
        out.append("],\"Metrics\":[");
        boolean first = true;
        for (Map.Entry<String, String> metric : units.entrySet()) {
            out.append(first ? "{\"Name\":" : ",{\"Name\":");
            string(out, metric.getKey());
            out.append(",\"Unit\":");
            string(out, metric.getValue());
            out.append('}');
            first = false;
        }
        out.append("]}]}");
        for (Map.Entry<String, Object> member : members.entrySet()) {
            out.append(',');
            string(out, member.getKey());
            out.append(':');
            if (member.getValue() instanceof Number) {
                out.append(member.getValue());
            } else {
                string(out, String.valueOf(member.getValue()));
            }
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
