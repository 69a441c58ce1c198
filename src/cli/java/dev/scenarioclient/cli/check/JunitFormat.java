package dev.scenarioclient.cli.check;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code junit} format: a JUnit XML test suite with one failed test case per departure (class
 * name the component, name the path and kind), or one passed test case when the body conforms.
 * The summary and proposals go to the suite's {@code system-out}. Characters XML cannot carry are
 * written as {@code \\uXXXX}.
 */
final class JunitFormat {
  private JunitFormat() {}

  static String render(DriftReport report) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "scenario check");
      int cases = report.conforms() ? 1 : report.departures().size();
      xml.writeAttribute("tests", String.valueOf(cases));
      xml.writeAttribute("failures", String.valueOf(report.departures().size()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      xml.writeCharacters("\n");
      if (report.conforms()) {
        xml.writeEmptyElement("testcase");
        xml.writeAttribute("classname", "contract");
        xml.writeAttribute("name", safe(Printable.safe(report.subject() + " conforms to " + report.contract())));
        xml.writeCharacters("\n");
      }
      for (Departure departure : report.departures()) {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", safe(Printable.safe(departure.component())));
        xml.writeAttribute("name", safe(Printable.safe(departure.path()) + ": " + departure.kind().words()));
        xml.writeStartElement("failure");
        xml.writeAttribute("type", departure.kind().name());
        xml.writeAttribute("message", safe(departure.toString()));
        xml.writeCharacters(safe(departure.toString()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeStartElement("system-out");
      xml.writeCharacters(safe(TextFormat.render(report)));
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string does not fail", e);
    }
    return text.toString() + "\n";
  }

  /** Escapes the characters XML 1.0 cannot hold, and unpaired surrogates. */
  private static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)
          || c == 0xfffe || c == 0xffff) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
