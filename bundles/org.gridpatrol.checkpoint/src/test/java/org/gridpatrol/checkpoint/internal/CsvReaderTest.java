package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvReader.Row> rows = CsvReader.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n");

        assertThat(rows).containsExactly(new CsvReader.Row(1, List.of("a", "b", "c")),
                new CsvReader.Row(2, List.of("x, y", "say \"hi\"", "two\nlines")),
                new CsvReader.Row(5, List.of("last", "", "")));
    }

    @Test
    void aLastLineWithoutBreakCounts() {
        assertThat(CsvReader.parse("a\nb")).extracting(CsvReader.Row::fields).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n\"open,c\n")).isInstanceOfSatisfying(CheckpointException.class,
                refused -> assertThat(refused.getMessage()).contains("line 2"));
    }

    @Test
    void utf8WithByteOrderMarkAndGb18030AreDecoded() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] text = "卡点,红码".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);

        assertThat(CsvReader.decode(withBom)).isEqualTo("卡点,红码");
        assertThat(CsvReader.decode("卡点,红码".getBytes(Charset.forName("GBK")))).isEqualTo("卡点,红码");
    }
}
