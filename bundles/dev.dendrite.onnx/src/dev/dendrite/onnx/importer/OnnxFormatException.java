package dev.dendrite.onnx.importer;

/**
 * An ONNX file or model cannot be read or imported; the message names the problem on one line. A
 * model's names may hold any character (a damaged file's too): control characters in the message are
 * written as escapes, so the name stays recognisable and the message one line.
 */
public class OnnxFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public OnnxFormatException(String message) {
        super(oneLine(message));
    }

    static String oneLine(String message) {
        if (message == null || message.chars().noneMatch(Character::isISOControl)) {
            return message;
        }
        StringBuilder line = new StringBuilder(message.length() + 8);
        message.chars().forEach(c -> line.append(switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }));
        return line.toString();
    }
}
