package org.gridpatrol.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridpatrol.video.api.VideoInputException;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String CHINESE = "安阳街道万松路口,\"瑞安市\"";

    @Test
    void decodesUtf8WithAndWithoutByteOrderMarkAndGbk() throws Exception {
        byte[] utf8 = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        assertThat(CsvText.decode(utf8)).isEqualTo(CHINESE);
        assertThat(CsvText.decode(bom)).isEqualTo(CHINESE);
        assertThat(CsvText.decode(CHINESE.getBytes(Charset.forName("GBK")))).isEqualTo(CHINESE);
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGbk() {
        byte[] binary = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFF};

        assertThatThrownBy(() -> CsvText.decode(binary))
                .isInstanceOfSatisfying(VideoInputException.class, refused -> assertThat(refused.field()).isEqualTo("body"));
    }

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        String text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\", plain \r\n\n\"two\nlines\",2,3\n,,\nlast,1,2";

        List<CsvText.CsvRecord> records = CsvText.parse(text);

        assertThat(records).extracting(CsvText.CsvRecord::line).containsExactly(1, 2, 4, 7);
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "plain");
        assertThat(records.get(2).fields()).containsExactly("two\nlines", "2", "3");
        assertThat(records.get(3).fields()).containsExactly("last", "1", "2");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvText.parse("a,b\n\"open,1\n"))
                .isInstanceOfSatisfying(VideoInputException.class, refused -> assertThat(refused.getMessage()).contains("line 2"));
    }
}
