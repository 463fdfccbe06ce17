package dev.pms.imports.parse;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Minimal XLSX files written part by part, so that tests can craft what no spreadsheet program would. */
public final class Workbooks {
    public static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>""";
    public static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Tasks" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    public static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/>
            </Relationships>""";
    public static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    private Workbooks() {
    }

    /** A header "Title" and one task per title, as inline strings: a workbook that imports. */
    public static Map<String, String> tasks(String... titles) {
        StringBuilder rows = new StringBuilder("<row r=\"1\">" + inline("A1", "Title") + "</row>");
        for (int i = 0; i < titles.length; i++) {
            rows.append("<row r=\"").append(i + 2).append("\">").append(inline("A" + (i + 2), titles[i])).append("</row>");
        }
        return parts(rows.toString(), sharedStrings());
    }

    /** The parts of a workbook whose first sheet holds these rows ({@code <row>} elements). */
    public static Map<String, String> parts(String rows, String sharedStrings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        parts.put("xl/worksheets/sheet1.xml", sheet(rows));
        parts.put("xl/sharedStrings.xml", sharedStrings);
        return parts;
    }

    public static String sheet(String rows) {
        return SHEET_START + "<sheetData>" + rows + "</sheetData></worksheet>";
    }

    public static String sharedStrings(String... strings) {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : strings) {
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        return sst.append("</sst>").toString();
    }

    /** Letters that compress about as well as prose (2:1), far from the zip-bomb guard's ratio. */
    public static String noise(int length) {
        java.util.Random random = new java.util.Random(length);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }

    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static byte[] zip(Map<String, String> parts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    /** Written with Commons Compress, which (unlike java.util.zip) also writes two entries of one name. */
    public static byte[] zipBytes(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(part.getKey().replaceFirst("#\\d+$", "")));
                zip.write(part.getValue());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
