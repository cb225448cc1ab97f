"""Writes the compressed and GDELT 1.0 fixtures of the event-import tests from the plain
GDELT 2.0 sample, with Python's own gzip, zlib and zipfile (an implementation independent
of the importer's):

- gdelt-sample.export.CSV.gz: one gzip member; gdelt-sample-two-members.CSV.gz: the first
  six lines and the rest as two members, one after the other (what `cat a.gz b.gz` makes);
- gdelt-sample.export.CSV.zip: one deflated entry, sizes in its header;
- gdelt-sample-streamed.zip: written to a pipe, so each entry's sizes follow its data (a data
  descriptor), with a directory entry, a `__MACOSX/` entry, the first six lines and the rest
  deflated in two entries;
- gdelt-sample-stored.zip: one stored entry; gdelt-stored-streamed.zip: one stored entry whose
  sizes follow its data, which no stream reader can find the end of;
- gdelt-v1-sample.CSV (58 columns) and gdelt-v1-no-url.CSV (57 columns): the same events in
  GDELT 1.0's daily layout, field by field from the GDELT 1.0 codebook's column list.

    python3 Scripts/generate-event-archive-fixtures.py
"""
import gzip
import io
import os
import zipfile

directory = os.path.join(os.path.dirname(__file__), "..", "Tests", "ActorGraphInterchangeTests", "Fixtures", "events")
sample_path = os.path.join(directory, "gdelt-sample.export.CSV")
sample = open(sample_path, "rb").read()
lines = sample.splitlines(keepends=True)
first, rest = b"".join(lines[:6]), b"".join(lines[6:])

def write(name, data):
    with open(os.path.join(directory, name), "wb") as out:
        out.write(data)

# mtime=0 keeps the files the same from run to run.
write("gdelt-sample.export.CSV.gz", gzip.compress(sample, mtime=0))
write("gdelt-sample-two-members.CSV.gz", gzip.compress(first, mtime=0) + gzip.compress(rest, mtime=0))

fixed = (1980, 1, 1, 0, 0, 0)
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr(zipfile.ZipInfo("gdelt-sample.export.CSV", fixed), sample, zipfile.ZIP_DEFLATED)
write("gdelt-sample.export.CSV.zip", buffer.getvalue())


class Pipe(io.RawIOBase):
    """A write-only stream that cannot seek, so zipfile writes data descriptors."""
    def __init__(self):
        self.data = bytearray()
    def writable(self):
        return True
    def write(self, data):
        self.data += data
        return len(data)


def deflated(name):
    info = zipfile.ZipInfo(name, fixed)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


pipe = Pipe()
with zipfile.ZipFile(pipe, "w") as archive:
    archive.writestr(zipfile.ZipInfo("events/", fixed), b"")
    archive.writestr(deflated("__MACOSX/events/._part-1.CSV"), b"\x00\x05\x16\x07 not events")
    with archive.open(deflated("events/part-1.CSV"), "w") as entry:
        entry.write(first)
    with archive.open(deflated("events/part-2.CSV"), "w") as entry:
        entry.write(rest)
write("gdelt-sample-streamed.zip", bytes(pipe.data))

# Stored (not compressed), sizes in the header: readable as a stream. Stored with its sizes
# after the data (written to a pipe): not, and refused.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
    archive.writestr(zipfile.ZipInfo("gdelt-sample.export.CSV", fixed), sample)
write("gdelt-sample-stored.zip", buffer.getvalue())
pipe = Pipe()
with zipfile.ZipFile(pipe, "w") as archive:
    with archive.open(zipfile.ZipInfo("gdelt-sample.export.CSV", fixed), "w") as entry:
        entry.write(sample)
write("gdelt-stored-streamed.zip", bytes(pipe.data))

# GDELT 1.0 daily files (codebook V1.03): GLOBALEVENTID to AvgTone as in 2.0 (35 fields),
# then three geographies of seven fields without ADM2Code, DATEADDED as YYYYMMDD and, from
# April 2013, SOURCEURL.
version2 = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + [
    f"Actor{n}{field}" for n in (1, 2) for field in
    ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
     "Type1Code", "Type2Code", "Type3Code")] + [
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone"] + [
    f"{geo}_{field}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for field in
    ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")] + [
    "DATEADDED", "SOURCEURL"]
assert len(version2) == 61
version1 = [name for name in version2 if not name.endswith("ADM2Code")]
assert len(version1) == 58
with_url, without_url = [], []
for line in lines:
    fields = dict(zip(version2, line.rstrip(b"\n").split(b"\t")))
    fields["DATEADDED"] = fields["DATEADDED"][:8]
    with_url.append(b"\t".join(fields[name] for name in version1) + b"\n")
    without_url.append(b"\t".join(fields[name] for name in version1[:-1]) + b"\n")
write("gdelt-v1-sample.CSV", b"".join(with_url))
write("gdelt-v1-no-url.CSV", b"".join(without_url))
