package newsdesk.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Turns a file's bytes into text: strict UTF-8, no BOM, LF line ends, Unicode NFC. */
final class FileText {
    static final int BINARY_SNIFF_BYTES = 8192;

    private FileText() {
    }

    static String decode(byte[] bytes) throws ArticleFileException {
        if (bytes.length == 0) {
            throw new ArticleFileException("empty file");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleFileException("not valid UTF-8 (it is UTF-16; save it as UTF-8)");
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new ArticleFileException("binary file (not text)");
            }
        }
        String text = strictUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String strictUtf8(byte[] bytes) throws ArticleFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new ArticleFileException(String.format("not valid UTF-8 (byte 0x%02X at offset %d)",
                    bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset));
        }
        return out.flip().toString();
    }
}
