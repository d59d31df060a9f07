package com.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void cellsWrapInsideTheirColumnsAndTheFlexibleColumnTakesTheRest() {
        TextTable table = new TextTable(List.of("WHO", "WHAT"), 10, 0);
        table.add(List.of("Marta Ilves", "one two three four five six seven eight nine ten"));
        String[] lines = table.render(30).split("\n");
        assertThat(lines[0]).isEqualTo("WHO         WHAT");
        assertThat(lines[1]).isEqualTo("----------  --------------------");
        assertThat(lines[2]).isEqualTo("Marta       one two three four");
        assertThat(lines[3]).isEqualTo("Ilves       five six seven eight");
        assertThat(lines[4]).isEqualTo("            nine ten");
        for (String line : lines) {
            assertThat(line.length()).isLessThanOrEqualTo(32);
        }
    }

    @Test
    void articleTextCannotSteerTheTerminal() {
        assertThat(TextTable.printable("a\u001b[2Jb\tc\r\nd\u202Ee\u0000f")).isEqualTo("a [2Jb c d e f");
        assertThat(TextTable.printable(null)).isEmpty();
        assertThat(TextTable.wrap("x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }
}
