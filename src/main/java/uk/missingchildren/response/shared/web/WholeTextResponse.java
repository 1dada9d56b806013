package uk.missingchildren.response.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose text (a page) is kept whole and turned into bytes once, at the end, with {@link
 * String#getBytes}: written through the container's writer, piece by piece, the conversion was
 * about a fifth of a page's time. Binary output (downloads) goes straight through.
 */
public class WholeTextResponse extends HttpServletResponseWrapper {

  private StringBuilder text;
  private PrintWriter writer;
  private boolean streaming;

  public WholeTextResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (streaming) {
      throw new IllegalStateException(
          "getOutputStream() has already been called for this response");
    }
    if (writer == null) {
      text = new StringBuilder(16_384);
      writer =
          new PrintWriter(
              new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) {
                  text.append(chars, offset, length);
                }

                @Override
                public void write(String string, int offset, int length) {
                  text.append(string, offset, offset + length);
                }

                @Override
                public void flush() {
                  // Kept until the end, when the page is complete.
                }

                @Override
                public void close() {
                  // The page is sent by finish().
                }
              });
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (writer != null) {
      throw new IllegalStateException("getWriter() has already been called for this response");
    }
    streaming = true;
    return super.getOutputStream();
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer == null) {
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (text != null) {
      text.setLength(0);
    }
    super.resetBuffer();
  }

  @Override
  public void reset() {
    if (text != null) {
      text.setLength(0);
    }
    super.reset();
  }

  /** Sends the text written, if any, as bytes in one write; returns them (empty when none). */
  public byte[] finish() throws IOException {
    if (writer == null) {
      return new byte[0];
    }
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
    byte[] bytes = text.toString().getBytes(charset);
    text = null;
    if (!isCommitted()) {
      setContentLength(bytes.length);
    }
    ServletOutputStream out = super.getOutputStream();
    out.write(bytes);
    return bytes;
  }
}
