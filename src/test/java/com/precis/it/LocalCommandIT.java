package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.cli.MotoServer;
import com.precis.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code local} with two files of the same name in different folders: two objects, two items. */
class LocalCommandIT {

    @TempDir
    Path dir;

    @Test
    void twoFilesOfTheSameNameAreTwoObjectsAndTwoItems() throws Exception {
        Path a = dir.resolve("a/source.txt");
        Path b = dir.resolve("b/source.txt");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Files.copy(Path.of("samples/nvidia-h20-scraped.txt"), a);
        Files.writeString(b, """
                Harbour plan goes to a vote

                The city council met on Tuesday to discuss the new harbour plan, which would double the size of the port.

                “We have waited long enough for this harbour,” the mayor, Anna Berg, told reporters after the meeting.

                The plan will be put to a vote next month, and the council expects a narrow result either way.
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        int code;
        try (MotoServer moto = MotoServer.start()) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                code = Main.run(new String[] {"local", a.toString(), b.toString(), "--endpoint", moto.endpoint().toString()});
            } finally {
                System.setOut(previous);
            }
        }
        assertThat(code).isZero();
        List<JsonNode> items = new ArrayList<>();
        new ObjectMapper().readerFor(JsonNode.class).readValues(out.toString(StandardCharsets.UTF_8))
                .forEachRemaining(item -> items.add((JsonNode) item));
        assertThat(items).extracting(item -> item.get("articleId").asText()).containsExactly(
                "s3://precis-local-articles/incoming/a/source.txt", "s3://precis-local-articles/incoming/b/source.txt");
        assertThat(items).extracting(item -> item.get("title").asText()).doesNotHaveDuplicates();
    }
}
