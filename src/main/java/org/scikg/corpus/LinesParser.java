package org.scikg.corpus;

import java.io.IOException;

/**
 * The {@code Abstract:} line format: each line that starts with {@code Abstract:} (after leading
 * whitespace) is one record. Blank lines are skipped silently; other lines are reported as
 * {@code no-prefix} and skipped, never joined to the previous record.
 */
final class LinesParser implements RecordParser {
    static final String PREFIX = "Abstract:";

    @Override
    public void parse(ByteLineReader lines, String file, ReadContext context) throws IOException {
        for (ByteLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.text() == null) continue;
            String content = withoutLeadingMark(line.text());
            if (content.isEmpty()) continue;
            SourceRef at = new SourceRef(file, line.number());
            if (!content.startsWith(PREFIX)) {
                context.reject(at, ProblemKinds.NO_PREFIX, "line does not start with 'Abstract:'; skipped");
                continue;
            }
            String text = content.substring(PREFIX.length()).strip();
            if (text.isEmpty()) {
                context.reject(at, ProblemKinds.NO_ABSTRACT, "'Abstract:' is followed by no text; skipped");
                continue;
            }
            context.deliver(Paper.ofText(text, at));
        }
    }

    /** Leading whitespace removed, and a byte order mark left inside (e.g. by concatenating files). */
    private static String withoutLeadingMark(String text) {
        String content = text.stripLeading();
        return content.startsWith("\uFEFF") ? content.substring(1).stripLeading() : content;
    }
}
