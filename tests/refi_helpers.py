"""Build .qdpx archives by hand: foreign projects and malicious ones."""

from __future__ import annotations

import zipfile
from pathlib import Path

import xmlschema

from qda.exchange.schemas import schema_path

PROJECT_XSD = schema_path("Project.xsd")
CODEBOOK_XSD = schema_path("Codebook.xsd")
SAMPLES = Path(__file__).resolve().parent / "data" / "refi"  # projects written by ATLAS.ti 23

USER_1 = "{088B08AC-D5CD-4ADB-8B71-B4F3459C177F}"
USER_2 = "C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B"
SOURCE_TXT = "5A0F4C6E-1111-4D2B-9C3A-0123456789AB"
SOURCE_INLINE = "5A0F4C6E-2222-4D2B-9C3A-0123456789AB"
# decomposed "ü" (u + U+0308), CRLF newlines and a BOM, as other tools write them
FOREIGN_TEXT = "Die Kontaktdichte wird gehalten.\r\n\r\nDie U\u0308bergabe la\u0308uft gut.\r\n\r\nEGV wird angepasst."

FOREIGN_QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fremdprojekt" origin="Other QDA 9" creatingUserGUID="{USER_1}">
  <Users>
    <User guid="{USER_1}" name="Anna" />
    <User guid="{USER_2}" name="Ben" />
  </Users>
  <CodeBook><Codes>
    <Code guid="A182CD3A-D83C-4D8C-BC80-26D9103EC6D6" name="Schnittstellen" isCodable="false" color="#abc">
      <Description>Zusammenarbeit zwischen Einheiten.</Description>
      <Code guid="2D2466F0-D77F-4F8C-BDF9-628966B6B74D" name="Übergabe Basisteam" isCodable="true" />
    </Code>
    <Code guid="086AC733-7B1C-4749-A138-D7182F63A5C9" name="Kontaktdichte" isCodable="true" color="#FF7F0E" />
  </Codes></CodeBook>
  <Variables>
    <Variable guid="11111111-2222-3333-4444-555555555555" name="Site" typeOfVariable="Text" />
    <Variable guid="11111111-2222-3333-4444-666666666666" name="Level" typeOfVariable="Text" />
  </Variables>
  <Sources>
    <TextSource guid="{SOURCE_TXT}" name="Interview Bochum.docx" richTextPath="internal://{SOURCE_TXT}.docx"
                plainTextPath="internal://{SOURCE_TXT}.txt">
      <PlainTextSelection guid="7B7B7B7B-0000-4000-8000-000000000001" startPosition="38" endPosition="47"
                          creatingUser="{USER_2}">
        <Coding guid="7B7B7B7B-0000-4000-8000-000000000002" creatingUser="{USER_2}"
                creationDateTime="2023-08-16T15:49:36Z">
          <CodeRef targetGUID="2d2466f0-d77f-4f8c-bdf9-628966b6b74d" />
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="7B7B7B7B-0000-4000-8000-000000000003" startPosition="0" endPosition="59"
                          creatingUser="{USER_1}">
        <Coding guid="7B7B7B7B-0000-4000-8000-000000000004" creatingUser="{USER_1}">
          <CodeRef targetGUID="086AC733-7B1C-4749-A138-D7182F63A5C9" />
        </Coding>
      </PlainTextSelection>
      <VariableValue><VariableRef targetGUID="11111111-2222-3333-4444-555555555555"
        /><TextValue>Bochum</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="11111111-2222-3333-4444-666666666666"
        /><TextValue>Leitung</TextValue></VariableValue>
    </TextSource>
    <TextSource guid="{SOURCE_INLINE}" name="Notiz">
      <PlainTextContent>Kurze Notiz ohne Codes.</PlainTextContent>
    </TextSource>
    <PDFSource guid="5A0F4C6E-3333-4D2B-9C3A-0123456789AB" name="Flyer.pdf" path="internal://flyer.pdf" />
  </Sources>
</Project>
"""


def write_qdpx(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def foreign_qdpx(folder: Path) -> Path:
    return write_qdpx(folder / "foreign.qdpx", {
        "Fremdprojekt.qde": FOREIGN_QDE,
        f"sources/{SOURCE_TXT}.txt": b"\xef\xbb\xbf" + FOREIGN_TEXT.encode("utf-8"),
        f"sources/{SOURCE_TXT}.docx": b"not really a docx",
    })


def validate(xml: bytes, xsd: Path) -> None:
    xmlschema.XMLSchema(str(xsd)).validate(xml.decode("utf-8"))
