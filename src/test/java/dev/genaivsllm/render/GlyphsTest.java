package dev.genaivsllm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class GlyphsTest {
  @Test
  void unicodeLeavesTextAlone() {
    String text = "Vaswani et al. — “attention” … é";
    assertSame(text, Glyphs.UNICODE.text(text));
  }

  @Test
  void asciiFoldsAccentsPunctuationAndSymbols() {
    assertEquals(
        "Vaswani et al. - \"attention\" ... e, a, ss, -> x, 'quoted'",
        Glyphs.ASCII.text("Vaswani et al. — “attention” … é, ä, ß, → ×, ‘quoted’"));
    assertEquals("Kingma & Welling", Glyphs.ASCII.text("Kingma & Welling"));
    assertEquals("cafe", Glyphs.ASCII.text("cafe\u0301"), "a combining accent is dropped");
    assertEquals("fi", Glyphs.ASCII.text("\uFB01"), "a ligature is spelled out");
  }

  @Test
  void whatHasNoAsciiFormBecomesAQuestionMark() {
    assertEquals("?? and ?", Glyphs.ASCII.text("中文 and ⊃"));
  }

  @Test
  void everyAsciiGlyphIsAscii() {
    Glyphs g = Glyphs.ASCII;
    String all =
        g.bullet()
            + g.separator()
            + g.listSeparator()
            + g.arrow()
            + g.tick()
            + g.cross()
            + g.ellipsis()
            + g.dash()
            + g.heavyRule()
            + g.horizontal()
            + g.vertical();
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        all += g.corner(row, column);
      }
    }
    assertEquals("", all.replaceAll("[\\x20-\\x7E]", ""));
  }
}
