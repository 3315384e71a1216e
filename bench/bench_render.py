"""Benchmark the renderer: median time per article for the HTML and plain-text
editions with compiled stylesheets reused, and the ratio to a bare lxml parse of
the same TEI.  Targets (issue 6): HTML <= 3 ms, text <= 2 ms for a 20 KB article.

    .venv/bin/python bench/bench_render.py [-n REPEATS] [--xslt DIR] [TEI_OR_TXT ...]

Without arguments: the seed and, where ../shared is present, the dev articles
(converted first; conversion is not timed).  Each time covers the whole call
(hardened lxml parse, hand-over to Saxon, transform, result string).  Besides the
wall-clock median the script prints the median CPU time of the calling thread
("cpu"): on a shared, loaded machine the wall clock also counts time the process
waited for a core, the CPU time does not.  ``--xslt`` renders with another copy of
the stylesheets (for before/after comparisons).

Speed
-----
Profiling (ablating parts of html.xsl, micro-timing single functions) showed that
per-transform setup is small (~0.05 ms) and that the HTML time went to resolving
entity mentions over and over: each ``f:is-mention`` call (tokenize @ref, find the
scope, key lookup) costs ~2.5 us, and it ran ~6 times per name element (the
mention-numbering accumulator, the ``f:mentions`` key, ``f:entries`` twice, the
nesting test twice).  Now it runs once per element into a map (generate-id ->
mention number) that the key, the numbering and the nesting test look up; the
register's entry list is computed once per page and in one document-order pass
(no union of per-mention targets); the CSS is read when the stylesheet is compiled
(static variable), not per page.  Output is byte-identical (seed, dev articles,
spec/encoding-sample.xml, test fixtures, corpus index).

Medians of 3 runs of ``-n 40`` each (wall / thread CPU, ms), before and after, on
the shared 2-core machine at load average 4-5 (other jobs running):

                              html wall   html cpu   text wall   text cpu
    seed (21 KB)    before      16.1        8.2         6.3        2.3
                    after       14.9        6.9         6.5        2.5
    9 articles      before      15.1        7.1         4.2        2.1
    (median)        after        9.4        5.4         2.0        1.8

(text.xsl is unchanged: its differences are noise.)  The transform alone for the
seed went from ~5.7 to ~4.3 ms CPU.  Wall time is 2-3x the CPU time here: at this
load a call longer than the scheduler's slice (~2 ms) is preempted at least once.

Second pass (issue 6).  Micro-timing single expressions in a loop showed that a
call of a non-trivial ``xsl:function`` costs ~1 us while the same expression
written in place costs ~0.1 us (Saxon inlines only trivial functions), and that
``f:plain``'s template pass costs ~1.5 us against ~0.05 for the string value.  So
the hot paths now spell out the work: ``f:targets`` and the mention numbering
resolve @ref with one key lookup per token (no ``f:local-refs``/``f:entry``/
``f:scope`` calls; the ancestor walk for a corpus wrapper runs only when there is
one), a mention's id is ``'-m' || $f:mention-numbers(generate-id())`` in place,
each entry's kind, name and title are computed once (``$entry-facts``) for the
mentions, the grouping, the sort and the index, an entry's mentions are looked up
once, ``f:plain`` returns the string value of an element that holds only text,
and the page content is written straight into the HTML shell (passed as a
parameter it was built as a temporary tree and copied).  Output is byte-identical
(same inputs as above, corpus index included).  Interleaved medians of 40 calls
(thread CPU, ms; load average ~2):

                              before   after
    seed html                   5.60    4.95
    9 articles html (median)    4.30    3.83
    9 articles text (median)    1.68    1.67

Where the seed's ~5 ms go now (CPU, measured in the order the call runs them;
each stage measured alone is ~30 % faster, since the others evict its caches,
which is the "unaccounted" part of earlier estimates): hardened lxml parse 0.35,
re-serialization 0.1, Saxon's parse 0.65, transform with serialization ~3.7.
Of the last, producing the page itself costs ~1.1 ms whatever the logic: a
stylesheet that only copies the finished page (364 elements, 753 attributes) to
a string takes that long; one element costs ~0.8 us to build and ~0.7 us to
serialize, an attribute value template ~0.4 us.  Handing the string to Python is
not the cost (a 48 KB ASCII string comes back in ~0.2 ms; Saxon's UTF-8 encoder
adds ~20 ns per non-ASCII character, ~0.07 ms for this page's 3.5 K;
``transform_to_value`` then ``str()`` is slower, 1.4 ms; ``transform_to_file`` is the same as to_string;
``method="xhtml"``/``"xml"``, ``escape-uri-attributes="no"`` and removing the
inlined CSS change nothing measurable; a ``PyDocumentBuilder`` reused for every
input parses no faster than ``parse_xml`` when timed interleaved).  So the floor
for this page in SaxonC-HE 13 is ~2.2 ms (parses + copy-and-serialize) before
any logic, and the 3 ms target leaves ~0.8 ms for the logic, which still takes
~2.5: the register (~1.1 ms, of which the 58 back-links ~0.45) and the mentions
in the text (~0.8 ms, numbering and entry facts included).  Reaching it needs
less markup (fewer spans and attributes per back-link and entry) or the entity
bookkeeping done before Saxon (lxml annotating the tree it already parses).  Text
meets its target on the median (1.7 ms), not on the 21 KB seed (2.2 ms).

Third pass (issue 6).  UTF-8 bytes with no DOCTYPE and a TEI root now go to
Saxon's parser directly (``Renderer.load``; see edition/render.py for why that
is safe): the hardened lxml parse and the re-serialization were a third of the
load.  Back-links in the index lost their ``aria-label``, which repeated the
title.  Ablation of html.xsl on the seed (transform only, CPU ms, interleaved
medians): the page 3.33; without the index 2.20 (the index costs 1.13, of which
back-links ~0.5); without entity titles in the text 3.18; with the Vietnamese
collation replaced by code points 3.24; without the metadata block 3.08; the
entity bookkeeping alone (numbering map, entry list, entry facts) ~0.5 and
copying the input through unchanged 0.51.  Medians of this script (wall ms,
idle machine), before -> after: seed html 4.7 -> 4.1, text 2.1 -> 1.7; the 9
articles html 3.7 -> 3.1-3.2, text 1.55 -> 1.25.  Text meets its target on
every article; HTML meets it on articles up to ~16 KB, not on the 20 KB ones
(seed 4.1, 012 3.1): what is left is spread over element construction and
serialization of a 38 KB page, with no single step to remove.

Fourth pass (issue 6).  Timing each variant on a freshly parsed document (as
the build renders) rather than on one parsed once showed costs the earlier
passes missed: Saxon keeps key indexes and accumulator values with a parsed
document, so a reused tree hides them (~0.2 ms for this page).  Changes, each
measured that way: the page is serialized with the xhtml method (the html
method checks every element name and URI attribute: ~0.4 ms on the seed);
the names that point at entries are listed once in document order, a map from
id to their numbers replaces the ``f:mentions`` key and the generate-id map,
and an accumulator numbers them where templates meet them; "inside a link" is
a tunnel parameter instead of an ancestor walk.  Still costly and kept, since
the page needs them (ablation, fresh parse, CPU ms on the seed / on 001, the
21.6 KB article with 32 entries and 67 mentions): the index 0.9 / 1.3, of
which the back-links' tooltips 0.15 / 0.2 and the roles 0.1 / 0.2; the
mentions' tooltips 0.1 / 0.2; the metadata block 0.13.  Medians of this script
(wall ms, load average ~2 from another job): the 9 articles html 3.4 -> 2.9-3.2,
seed 4.1 -> 3.6-3.7, 012 (19.5 KB) 3.0 -> 2.7-2.9, 001 (21.6 KB) ~4.3.  The
time follows the number of entities more than the size: 3 ms is met for the
20 KB articles with ~30 mentions, not for those with ~60.

Then: a mention resolves its entries through the map of entry facts in one
expression (f:targets and f:entry-facts were two calls per mention, ~0.18 ms
a page), and names are numbered by a map from generate-id built from
f:pointing-names (the accumulator's pass over the whole tree cost ~0.1 ms
more).  Tried and dropped: the entry's own occupations instead of its
mentions' roleNames (loses short forms the register leaves out), the xml
output method (~0.1 ms, but it writes "<span/>"), fewer spans per index entry
(no measurable gain).  This script on a quiet machine (wall ms): seed 3.55,
001 4.06, 012 2.61; median of the 9 articles html 2.61, text 1.32.  Without
the tooltips of mentions and back-links (not asked for, but they name what a
link leads to) the seed would still take ~3.3 ms: 3 ms for the 21 KB seed
needs a page with less in it, or a faster engine than SaxonC-HE 13.

Fifth pass (issue 6): no change kept.  Ablation on a fresh parse (thread CPU
ms, interleaved, seed alone at ~3.25): the index 1.05 (entries without roles,
number, issuer and mentions 0.2; back-links 0.4, of which their tooltips
0.15-0.25; the issuer's f:by-id key, built only for it, ~0.05), the mentions'
logic in the text 0.37 (their tooltips ~0.1), the metadata block 0.15-0.19,
the table of contents 0.07-0.1, the rest of the body ~0.7; of the mentions'
logic, their numbering ~0.1 (the generate-id map ~0.05 to build, the
generate-id calls ~0.03; an accumulator costs more, as found before).  Tried, output
byte-identical, each within the run-to-run noise of +-0.1 ms on seed+001
(also all together): the index over one map of facts per entry (kind, name,
sort key, number; one f:entry-facts call an entry instead of three, no
f:label calls per entry), one sort for the whole index with group-adjacent
(one collator), issuers resolved through the facts map so the key is not
built, f:plain's quick case written out for the back-links' tooltips, a bare
@when as the date's note without f:date-note, mentions taking ready-made
class and href strings from the facts, the table of contents skipping
elements with no div inside instead of shallow-skipping their nodes,
descendant:: steps instead of //(a | b), ``include-content-type="no"`` (the
page's own meta charset, ~0.03).  Saxon settings: eagerEvaluation and the
condensed tiny tree change nothing; JIT compilation needs EE.  Function calls
and template dispatch are not where the time goes: what costs is what the
page holds, about 2 us of work per element or tooltip it outputs.  Dropping
both kinds of tooltip would give ~0.3 ms; 3 ms for the seed still needs less
markup per entity than issue 6 asks for.  This script (wall ms, load ~0.6-1,
three runs): seed 3.4-3.9, 001 3.8-4.4, 012 2.5-3.0, median of the 9
articles 2.6-3.0.

Sixth pass (issue 6). Measured per call, interleaved (each call of the baseline
next to one of the variant, thread CPU, medians of 6-10 rounds of 40-60 calls,
fresh parse), because other jobs kept the load average at 3-8: run-to-run noise
of this script was +-20 %, of the interleaved A/A control +-1.5 %. Kept (output
byte-identical: seed, dev and unseen articles, spec and reference samples,
fixtures, corpus index): f:plain tests for what its mode changes in place (the
f:plain-drops call was ~0.4 us of its ~1.7 us; 0.5-1.5 %), and an issuer's link
finds its target among the list entries before asking the f:by-id key, which is
then not built (1-1.5 %); together -1 to -3 % on the seed, 001 and 012 in five
such runs (at load 6: seed 4.27 -> 4.18 ms, 001 4.72 -> 4.65, 012 3.30 -> 3.24;
median of the 9 articles 3.41 -> 3.34). Ablation (share of the seed's / 001's
HTML time): the index 25 / 32 % (the sort by name 5 %, half of it the collation
and f:sort-key; the back-links 7-10 %, their tooltips' f:plain 5 %; the issuer
spans 3 %; the roles 2-3 %); the global entity bookkeeping ~10 % ($entry-facts
~5 us an entry, $f:pointers ~0.15 ms, of which map:merge's 'combine' ~0.8 us a
name); serializing the markup 13 % (method text instead of xhtml); the page
without any entity logic or index is half the time.  Tried, no gain: the xml
method (-3 %, but "<span/>", no DOCTYPE, lower-case charset), typed="no" on the
modes, include-content-type="no" with the meta written as "UTF-8", sort keys
from collation-key() (1-3 % slower), the id -> numbers map built by
xsl:for-each-group into xsl:map (slower than map:merge) or by
``$f:pointing-names ! position()`` (same), the entry lists found without a union
step, apply_templates_returning_string instead of transform_to_string.
Micro-timed costs in SaxonC-HE 13 (a loop over a global variable is lifted out
of the loop unless it depends on the loop variable, so such timings must make it
depend): a map lookup by string ~0.5 us (a mention's number by generate-id 0.8
us), the string value of a name with normalize-space 0.7 us, a non-inlined
function call ~0.4 us.  No single step left costs more than ~5 % of the page
(the index's share is spread over its parts): 3 ms for the seed is still out of
reach without less markup.

Seventh look (issue 6), no change kept.  Whole-part ablation of html.xsl
(transform only, fresh parse each call, thread CPU, interleaved medians; seed):
the page 2.8 ms; without the index 1.8; without the mentions' logic 2.2;
without both 1.05 (the global entity bookkeeping is then never evaluated);
without metadata and table of contents as well 0.6.  The bookkeeping alone
(entry facts, pointers, entry list) is ~0.4 ms, $entry-facts ~8 us an entry.
Inside the index: the back-links 13 % of the page (their tooltips 8 %), the
roles 6 %, the sort 6 %, the issuers 2 %.  Saxon's parse of the 21 KB TEI is
0.5 ms and an identity copy-and-serialize 0.7 ms.  Engine settings tried, none
faster: optimizationLevel 0 and "-l", the linked tree model, line numbering
off.  The SaxonC-HE library is stripped, so perf shows no symbols to profile;
saxonche 13.1.1 is the newest on PyPI.  Read as "a 20 KB article", a line
through the nine articles gives ~3.3 ms at 20 KB; dropping both kinds of
tooltip (~0.3 ms) would still not reach 3 ms.

Eighth look (issue 6), no change kept.  Older engines: this script with
saxonche 12.10.1 and 12.5.0 in their own venvs (same stylesheets, quiet
machine) gives seed html 4.14 / 4.21 ms and 001 4.96 / 4.74 against 3.29 and
3.96 with 13.1.1; the median of the 9 articles 3.15 / 2.99 against 2.53 (text
is the same within noise).  13.1.1 stays.  Least markup the issue allows:
without the mentions' and back-links' tooltips and the date's title beside
its datetime (interleaved A/B, fresh parse, thread CPU), the seed is 7 % and
001 8 % faster: 001 would still need 25 %.  On this shared VM the same call
also drifts by 30-50 % between runs minutes apart (thread CPU, not waiting),
so single runs of this script say little below ~10 %.

Ninth look (issue 6), no change kept.  Two costs outside the stylesheet
ruled out: a call takes ~1 minor page fault and ~0.02 ms of system time
(getrusage over 400 calls of the seed), so memory is not being mapped per
page; and Saxon parses the seed's TEI in the same time from a file, from a
string, or through a reused document builder (0.48-0.51 ms, interleaved).
Per-call times of the seed are 3.5 ms at best, 4.2 median and 6 at the 90th
percentile in one run (the long tail is the engine's collections, which the
median leaves out).  This script at load 0.1: seed 3.39, 001 4.20, median
of the 9 articles 2.79 ms; text 1.29.

Tenth look (issue 6), no change kept.  The TEI is pretty-printed, so Saxon
builds and walks whitespace-only text nodes the page then copies.  A
minified copy of the seed's TEI first looked 14 % faster; interleaved with
more calls it was not (4.11 against 4.15 ms).  ``xsl:strip-space`` on TEI's
element-only containers was 3-5 % slower, whether Saxon stripped while
building the tree or through a stripped view.

Eleventh look (issue 6): the machine, not the page.  1,500 calls of the seed
in a row (thread CPU, idle machine, load 0.0-0.5) fall into two modes, ~4.4
and ~6.5 ms, in runs of tens to hundreds of calls that follow no period of
the engine's own (not one slow call per collection): the share of fast
calls was 27 % in one run and 54 % in the next, a minute apart.  The
medians this script prints move with that share (seed 3.4-5.2 ms across
sessions), so the ratio to the lxml parse of the same run is the figure to
compare, not the milliseconds.

Twelfth look (issue 6), no change kept.  The two modes are not one core
against the other: pinned with ``os.sched_setaffinity`` to either CPU, the
seed's calls still fell into both modes in runs, at shares as different
between two runs on one CPU as between the CPUs.  Nor is there an engine
knob to try: SaxonC (GraalVM native image) reads no heap or collector
setting from the environment or from its Python API, so the collector's
pacing, the likeliest cause of runs of slow calls, is out of the project's
reach.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from edition.render import Renderer  # noqa: E402


def default_inputs() -> list[Path]:
    dev = REPO.parent / "shared" / "corpus-dev"
    return [REPO / "corpus" / "source" / "000_b63a4e916afd69ef.txt", *sorted(dev.glob("*.txt"))]


def tei_bytes(path: Path) -> bytes:
    if path.suffix == ".xml":
        return path.read_bytes()
    from edition.convert import convert_file
    return convert_file(path).tei


def median_ms(func: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median wall-clock and median thread-CPU milliseconds per call."""
    func()  # warm up (lazily compiled template rules, caches)
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.thread_time()
        func()
        cpu.append(time.thread_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("-n", "--repeats", type=int, default=50)
    parser.add_argument("--xslt", type=Path, default=None, help="stylesheet folder (default: xslt/)")
    args = parser.parse_args()

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (timings grow with load)")
    start = time.perf_counter()
    renderer = Renderer(args.xslt)
    print(f"stylesheets compiled in {(time.perf_counter() - start) * 1000:.0f} ms (once per process)")
    print(f"{'article':<14}{'KB':>6}{'lxml ms':>9}{'html ms':>9}{'cpu':>7}{'×lxml':>7}"
          f"{'text ms':>9}{'cpu':>7}{'×lxml':>7}{'dipl ms':>9}")
    rows = []
    for path in args.inputs or default_inputs():
        data = tei_bytes(path)
        parse, _ = median_ms(lambda: etree.fromstring(data), args.repeats)
        html, html_cpu = median_ms(lambda: renderer.html(data), args.repeats)
        text, text_cpu = median_ms(lambda: renderer.text(data), args.repeats)
        dipl, _ = median_ms(lambda: renderer.text(data, diplomatic=True), args.repeats)
        rows.append((len(data), parse, html, text, html_cpu, text_cpu))
        print(f"{path.name[:13]:<14}{len(data) / 1024:>6.1f}{parse:>9.3f}{html:>9.2f}{html_cpu:>7.2f}"
              f"{html / parse:>7.0f}{text:>9.2f}{text_cpu:>7.2f}{text / parse:>7.0f}{dipl:>9.2f}")
    if rows:
        size = statistics.median(r[0] for r in rows) / 1024
        html, text, html_cpu, text_cpu = (statistics.median(r[i] for r in rows) for i in (2, 3, 4, 5))
        print(f"median over {len(rows)} articles ({size:.1f} KB): html {html:.2f} ms (cpu {html_cpu:.2f}; "
              f"target 3), text {text:.2f} ms (cpu {text_cpu:.2f}; target 2)")


if __name__ == "__main__":
    main()
