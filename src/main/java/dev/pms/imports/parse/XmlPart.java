package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses one XML part of a workbook with the JDK's SAX parser, hardened: secure processing, no DOCTYPE,
 * no external entity or DTD, and {@link MarkupGuard} in front so that nothing it buffers can grow past
 * a cell's size. Its errors become sentences naming the part and line.
 */
final class XmlPart {
    private static final SAXParserFactory FACTORY = factory();

    private XmlPart() {
    }

    static void parse(InputStream bytes, PartHandler handler, long maxToken) throws IOException {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new MarkupGuard(decode(bytes), handler.part, maxToken)));
        } catch (SAXParseException e) {
            throw new ImportFailure("The XLSX part " + handler.part + " is not well-formed XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "); the file is damaged or was not saved by a spreadsheet program; "
                    + "nothing was imported", e);
        } catch (SAXException e) {
            if (e.getException() instanceof ImportFailure failure) {
                throw failure;
            }
            throw new ImportFailure("The XLSX part " + handler.part + " could not be read as XML; nothing was imported", e);
        } catch (CharacterCodingException e) {
            throw new ImportFailure("The XLSX part " + handler.part + " is not valid UTF-8 or UTF-16 text; nothing was imported", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** XLSX parts are UTF-8, or UTF-16 with a byte-order mark or a leading "<"; the parser gets characters. */
    private static Reader decode(InputStream bytes) throws IOException {
        // the parser closes its input at the end; the entry's stream is the caller's to drain and close
        BufferedInputStream in = new BufferedInputStream(new FilterInputStream(bytes) {
            @Override
            public void close() {
            }
        }, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == 0 && head[1] == '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == '<' && head[1] == 0)) {
            charset = StandardCharsets.UTF_16LE;
        }
        int bom = charset == StandardCharsets.UTF_8 ? utf8Bom(head) : head[0] == '<' || head[1] == '<' ? 0 : 2;
        in.skipNBytes(bom);
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static int utf8Bom(byte[] head) {
        return head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }
}
