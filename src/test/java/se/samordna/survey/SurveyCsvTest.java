package se.samordna.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The file names of a survey's CSV export, as a browser reads them from Content-Disposition. */
@DisplayName("SurveyCsv")
class SurveyCsvTest {

    @Test
    @DisplayName("filename* holds only RFC 8187's attr-chars and %-escapes, and decodes to the title as written")
    void shouldEncodeTheTitleAsRfc8187Allows() {
        String title = "Kartläggning * 2026 (del 1/2): \"Öland\"";
        String header = SurveyCsv.contentDisposition(title);

        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertTrue(encoded.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), encoded);
        assertEquals(title + ".csv", URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(header.startsWith("attachment; filename=\"survey-kartlaggning-2026-del-1-2-oland.csv\""), header);
    }
}
