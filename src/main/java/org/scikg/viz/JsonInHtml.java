package org.scikg.viz;

/**
 * JSON that can sit inside an HTML script element: {@code <}, {@code >}, {@code &} and U+2028/9 become
 * {@code \}{@code uXXXX} escapes (in JSON they occur only inside strings, where the escape means the same),
 * so nothing in the data can close the element or start a comment, and {@code JSON.parse} reads it unchanged.
 * Shared by the viz page and the server's pages.
 */
public final class JsonInHtml {
    private JsonInHtml() {
    }

    public static String escape(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
