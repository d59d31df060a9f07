package com.precis.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLogTest {

    @Test
    void eachLineIsOneJsonObjectWithItsFieldsTyped() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JsonLog.setRequestId("req-7");
            JsonLog.of(JsonLogTest.class).warn("odd \"key\"\n", "key", "incoming/a \\ b\t\u0001ü.txt", "bytes", 12L,
                    "ratio", 0.5, "ok", true, "missing", null, "nan", Double.NaN);
        } finally {
            JsonLog.redirect(System.out);
            JsonLog.setRequestId(null);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text.strip().split("\n")).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(text);
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("message").asText()).isEqualTo("odd \"key\"\n");
        assertThat(line.get("logger").asText()).isEqualTo("JsonLogTest");
        assertThat(line.get("requestId").asText()).isEqualTo("req-7");
        assertThat(line.get("key").asText()).isEqualTo("incoming/a \\ b\t\u0001ü.txt");
        assertThat(line.get("bytes").isIntegralNumber()).isTrue();
        assertThat(line.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(line.get("ok").asBoolean()).isTrue();
        assertThat(line.get("missing").isNull()).isTrue();
        assertThat(line.get("nan").asText()).isEqualTo("NaN");
        assertThat(line.get("timestamp").asText()).endsWith("Z");
    }
}
