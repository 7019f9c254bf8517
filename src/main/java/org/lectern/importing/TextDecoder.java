package org.lectern.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: a byte-order mark wins, then strict UTF-8, then ICU4J's detector, then
 * Windows-1252 (the usual encoding of text saved on Windows). Rejects binary data.
 */
public final class TextDecoder {

    private TextDecoder() {}

    public static String decode(byte[] bytes) throws ImportException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return checkText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checkText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checkText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        int nul = 0;
        for (byte b : bytes) if (b == 0) nul++;
        if (nul > 0) {
            // UTF-16 without a BOM is alternately NUL; anything else with NULs is binary.
            String utf16 = guessUtf16(bytes, nul);
            if (utf16 != null) return checkText(utf16);
            throw new ImportException("binary file, not text (contains NUL bytes)");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return checkText(utf8);
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        Charset charset = Charset.forName("windows-1252");
        if (match != null && match.getConfidence() >= 50) {
            String name = match.getName();
            // ICU reports ISO-8859-1 for 1252 text; 1252 is the superset that has curly quotes.
            if (!name.equalsIgnoreCase("ISO-8859-1") && !name.equalsIgnoreCase("UTF-8") && Charset.isSupported(name)) {
                charset = Charset.forName(name);
            }
        }
        return checkText(new String(bytes, charset));
    }

    private static String guessUtf16(byte[] bytes, int nul) {
        if (bytes.length % 2 != 0 || nul < bytes.length / 4) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) { if (i % 2 == 0) evenNul++; else oddNul++; }
        if (oddNul > bytes.length * 0.4 && evenNul == 0) return new String(bytes, StandardCharsets.UTF_16LE);
        if (evenNul > bytes.length * 0.4 && oddNul == 0) return new String(bytes, StandardCharsets.UTF_16BE);
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text with many control characters is binary data that happened to decode. */
    private static String checkText(String text) throws ImportException {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) control++;
        }
        if (control > 0 && control * 100 > text.length()) {
            throw new ImportException("binary file, not text (control characters)");
        }
        return text;
    }
}
