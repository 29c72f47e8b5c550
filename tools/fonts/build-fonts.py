#!/usr/bin/env python3
"""Builds the figure fonts shipped in src/main/resources/dev/clausius/fonts (issue 17).

Clausius Sans and Clausius Serif are Liberation Sans and Liberation Serif 2.1 (SIL OFL 1.1,
Debian package fonts-liberation2) with the few glyphs the figures draw that Liberation lacks
(the ket bracket, superscript 0 and minus, ...) taken from DejaVu Sans / DejaVu Serif (Bitstream
Vera licence; DejaVu changes public domain; Debian fonts-dejavu-core). Hinting and OpenType
layout tables are dropped (Java2D and the PDF/SVG exports do not use them). The OFL reserves the
name "Liberation" and the Vera licence the names "Bitstream" and "Vera" for unmodified fonts, so
the merged fonts carry their own name.

Clausius Sans Arabic (issue 19) is Noto Sans Arabic 2.005 (SIL OFL 1.1, Debian package
fonts-noto-core), every glyph and OpenType layout table kept (Arabic script needs its joining
forms), with three changes: its .notdef glyph is empty, because JavaFX on Linux draws the glyph
Pango returns for the zero-width non-joiner of Persian spelling as glyph 0 (a box otherwise); the
joiner controls and direction marks (U+200C-U+200F), which Noto draws as thin marks, are empty; its
line height is cut from 2.1 em (room for Quranic annotation marks) to 1.5 em, which the Persian
letters and vowel marks fit, so the explorer's rows and tabs keep their height. Renamed, since it
is a modified font (and Noto is a trademark of Google). Noto Sans Arabic has no Latin letters,
digits or brackets, so a Persian line with a symbol in it was split between two fonts, and JavaFX
puts such font runs out of order in a right-to-left line ("مکث (Space ...)" came out scrambled);
Clausius Sans's glyphs for every code point the Arabic font lacks (Latin, Greek, punctuation,
symbols) are therefore merged in, scaled to its 1000 units per em, and its hinting is dropped as
the Latin faces' is.

Run: apt-get install -y fonts-liberation2 fonts-dejavu-core fonts-noto-core python3-fonttools
     /usr/bin/python3 tools/fonts/build-fonts.py
"""
from pathlib import Path
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from fontTools.ttLib.tables._g_l_y_f import Glyph

LIBERATION = Path("/usr/share/fonts/truetype/liberation2")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO = Path("/usr/share/fonts/truetype/noto")
OUT = Path(__file__).resolve().parents[2] / "src/main/resources/dev/clausius/fonts"

# Characters the figures may draw that Liberation has no glyph for: kets, sub- and superscript
# digits and signs (tick exponents), the tensor product.
EXTRA = [0x27E8, 0x27E9, 0x2297] + list(range(0x2070, 0x209D))

FACES = [  # (family, style, Liberation file, DejaVu file)
    ("Sans", "Regular", "LiberationSans-Regular.ttf", "DejaVuSans.ttf"),
    ("Sans", "Bold", "LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
    ("Sans", "Italic", "LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf"),
    ("Serif", "Regular", "LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"),
    ("Serif", "Bold", "LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"),
    ("Serif", "Italic", "LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"),
]


def subsetted(path, unicodes, out):
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.drop_tables += ["MATH", "GSUB", "GPOS", "GDEF", "kern", "FFTM"]
    font = TTFont(path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(out)


def rename(font, family, style, added):
    name = font["name"]
    full = f"Clausius {family}" + ("" if style == "Regular" else f" {style}")
    postscript = f"ClausiusSans-{style}" if family == "Sans" else f"ClausiusSerif-{style}"
    for record in list(name.names):
        if record.nameID in (16, 17, 18, 21, 22):
            name.removeNames(nameID=record.nameID)
    copyright = str(name.getName(0, 3, 1, 0x409))
    values = {
        0: copyright + f" Glyphs {added} from DejaVu fonts, Copyright (c) 2003 Bitstream, Inc.,"
                       " DejaVu changes are in the public domain.",
        1: f"Clausius {family}",
        2: style,
        3: f"Clausius {family} {style}; derived from Liberation {family} 2.1",
        4: full,
        6: postscript,
    }
    name.names = [r for r in name.names if r.platformID == 3 and r.nameID not in values]
    for name_id, value in values.items():
        name.setName(value, name_id, 3, 1, 0x409)


# Clausius Sans Arabic's vertical metrics, in its 1000 units per em: above and below the baseline
# for line spacing, and the Windows clipping box (the tallest hamza-and-tanwin stack is 1144).
ARABIC_ASCENT, ARABIC_DESCENT = 1050, 450
ARABIC_WIN_ASCENT, ARABIC_WIN_DESCENT = 1160, 560


def arabic(style):
    font = TTFont(NOTO / f"NotoSansArabic-{style}.ttf")
    font["glyf"][".notdef"] = Glyph()  # no outline, no contours
    for name in font.getGlyphOrder():  # Noto marks the joiner controls and direction marks
        if name in ("uni200C", "uni200D", "uni200E", "uni200F"):
            font["glyf"][name] = Glyph()
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = ARABIC_ASCENT, -ARABIC_DESCENT, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ARABIC_ASCENT, -ARABIC_DESCENT, 0
    os2.usWinAscent, os2.usWinDescent = ARABIC_WIN_ASCENT, ARABIC_WIN_DESCENT
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (16, 17, 18, 21, 22):
            name.removeNames(nameID=record.nameID)
    values = {
        1: "Clausius Sans Arabic",
        2: style,
        3: f"Clausius Sans Arabic {style}; derived from Noto Sans Arabic 2.005",
        4: "Clausius Sans Arabic" + ("" if style == "Regular" else f" {style}"),
        6: f"ClausiusSansArabic-{style}",
    }
    name.names = [r for r in name.names if r.platformID == 3 and r.nameID not in values]
    for name_id, value in values.items():
        name.setName(value, name_id, 3, 1, 0x409)
    for table in ("fpgm", "prep", "cvt ", "DSIG"):  # hinting, as in the Latin faces; and a stale signature
        if table in font:
            del font[table]
    tmp = OUT / "tmp"
    font.save(tmp / "arabic.ttf")
    # the Latin, Greek and symbols of Clausius Sans (built above) that Noto Sans Arabic lacks
    latin = TTFont(OUT / f"ClausiusSans-{style}.ttf")
    have = set(font.getBestCmap())
    wanted = [c for c in latin.getBestCmap() if c not in have and (c < 0x600 or 0x2000 <= c < 0x2400
                                                                   or 0x2500 <= c < 0x2700 or 0x27E0 <= c < 0x2800)]
    options = subset.Options()
    options.notdef_outline = True
    options.hinting = False
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(latin)
    scale_upem(latin, font["head"].unitsPerEm)
    latin.save(tmp / "latin.ttf")
    merged = Merger().merge([str(tmp / "arabic.ttf"), str(tmp / "latin.ttf")])
    target = OUT / f"ClausiusSansArabic-{style}.ttf"
    merged.save(target)
    print(target.name, target.stat().st_size, "bytes from", f"NotoSansArabic-{style}.ttf and", len(wanted),
          "glyphs of", f"ClausiusSans-{style}.ttf")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / "tmp"
    tmp.mkdir(exist_ok=True)
    for family, style, liberation, dejavu in FACES:
        base = TTFont(LIBERATION / liberation)
        have = set(base.getBestCmap())
        missing = [c for c in EXTRA if c not in have]
        fallback_cmap = TTFont(DEJAVU / dejavu).getBestCmap()
        missing = [c for c in missing if c in fallback_cmap]
        subsetted(LIBERATION / liberation, sorted(have), tmp / "a.ttf")
        subsetted(DEJAVU / dejavu, missing, tmp / "b.ttf")
        merged = Merger().merge([str(tmp / "a.ttf"), str(tmp / "b.ttf")])
        rename(merged, family, style, "".join(chr(c) for c in missing))
        merged["OS/2"].fsType = 0  # installable embedding, as Liberation's own
        target = OUT / f"Clausius{family}-{style}.ttf"
        merged.save(target)
        print(target.name, target.stat().st_size, "bytes,", len(missing), "glyphs from", dejavu)
    for style in ("Regular", "Bold"):
        arabic(style)
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
