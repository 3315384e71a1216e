<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI -> HTML edition: one self-contained HTML5 page (the CSS is inlined from
  edition.css; no network resources).

  Page:  view switch | header (title, metadata) | table of contents | article |
         index of entities | footer.
  Modes: (unnamed)  the text of the article, one template per TEI element family
         meta       the metadata block from the teiHeader
         toc        the table of contents
         index      the index of entities at the end
  Both views live in the page: elements only the reading view shows carry class
  "read", those only the diplomatic view shows carry "dipl"; a checkbox (no script)
  switches between them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="common.xsl"/>
  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="yes" escape-uri-attributes="no"/>

  <!-- Link from the page to its TEI file (relative href), when the caller knows it. -->
  <xsl:param name="tei-href" as="xs:string?" select="()"/>

  <xsl:mode on-no-match="text-only-copy"/>
  <xsl:mode name="meta" on-no-match="shallow-skip"/>
  <xsl:mode name="toc" on-no-match="shallow-skip"/>
  <xsl:mode name="index" on-no-match="shallow-skip"/>

  <!-- Read when the stylesheet is compiled, not on every page. -->
  <xsl:variable name="css" as="xs:string" static="yes" select="unparsed-text('edition.css')"/>

  <!-- A mention's HTML id is "-m" and its number (f:pointing-names in common.xsl).
       Generated ids start with "-": no xml:id can, so they never clash with one. -->

  <!-- The page ================================================================== -->

  <xsl:template match="/">
    <xsl:variable name="doc" select="(tei:TEI | tei:teiCorpus | *)[1]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="f:doc-title($doc)"/>
      <xsl:with-param name="lang" select="($doc/@xml:lang, 'vi')[1]"/>
      <xsl:with-param name="main" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- The page's content, written straight into the shell: passed as a parameter it
       would be built as a temporary tree and then copied, node by node. -->
  <xsl:template match="/" mode="page-content">
    <xsl:variable name="doc" select="(tei:TEI | tei:teiCorpus | *)[1]"/>
    <header class="masthead">
      <h1>
        <xsl:variable name="head" select="f:main-head($doc)"/>
        <xsl:choose>
          <xsl:when test="$head"><xsl:apply-templates select="$head/node()"/></xsl:when>
          <xsl:otherwise>{f:doc-title($doc)}</xsl:otherwise>
        </xsl:choose>
      </h1>
      <xsl:apply-templates select="$doc/tei:teiHeader" mode="meta"/>
    </header>
    <xsl:call-template name="toc"/>
    <main id="-noi-dung">
      <xsl:apply-templates select="$doc"/>
    </main>
    <xsl:call-template name="index"/>
  </xsl:template>

  <!-- The HTML shell shared with corpus.xsl: the content is what the page-content
       mode makes of $main (corpus.xsl has its own template of that mode). -->
  <xsl:template name="page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string" select="'vi'"/>
    <xsl:param name="main" as="node()?" select="()"/>
    <xsl:param name="switch" as="xs:boolean" select="true()"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="edition"/>
        <title>{$title}</title>
        <style>{$css}</style>
      </head>
      <body>
        <a class="skip" href="#-noi-dung">{f:label('skip')}</a>
        <xsl:if test="$switch">
          <!-- The checkbox precedes the page so that CSS (~) can switch the views. -->
          <input type="checkbox" id="-nguyen-van" class="view-switch"/>
          <label for="-nguyen-van" class="view-switch-label">{f:label('view-switch')}</label>
        </xsl:if>
        <div class="page">
          <xsl:apply-templates select="$main" mode="page-content"/>
          <footer class="colophon"><p>{f:label('generated-by')}</p></footer>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- Metadata ================================================================== -->

  <xsl:template match="tei:teiHeader" mode="meta">
    <xsl:variable name="file" select="tei:fileDesc"/>
    <xsl:variable name="bibl" select="($file/tei:sourceDesc/(tei:bibl | tei:biblStruct | tei:biblFull))[1]"/>
    <section class="meta" aria-label="{f:label('metadata')}">
      <dl>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="key" select="'source'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:choose>
              <xsl:when test="$bibl">
                <xsl:variable name="title" select="$bibl/tei:title[1]"/>
                <xsl:if test="$title"><cite>{f:plain($title)}</cite></xsl:if>
                <xsl:for-each select="$bibl/tei:idno[@type = 'filename']">
                  <xsl:text> ({f:label('filename')} </xsl:text><code>{.}</code>)</xsl:for-each>
                <xsl:for-each select="$bibl/tei:idno[@type = 'sha256']">
                  <br/><small>{f:label('checksum')}: <code class="hash">{.}</code></small>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>{f:plain($file/tei:sourceDesc)}</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="key" select="'publisher'"/>
          <xsl:with-param name="value" select="$bibl/tei:publisher ! f:plain(.)"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="key" select="'date'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:apply-templates select="($bibl/tei:date, $file/tei:publicationStmt/tei:date)[1]"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="key" select="'author'"/>
          <xsl:with-param name="value" select="string-join(($file/tei:titleStmt/tei:author, $bibl/tei:author)[1] ! f:plain(.), ', ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="key" select="'edition'"/>
          <xsl:with-param name="value" select="string-join(($file/tei:publicationStmt/tei:publisher ! f:plain(.),
              $file/tei:publicationStmt/tei:idno ! (f:label('edition-id') || ' ' || normalize-space(.))), ', ')[.]"/>
        </xsl:call-template>
        <xsl:if test="$tei-href">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="key" select="'tei-file'"/>
            <xsl:with-param name="value" as="node()*">
              <a href="{$tei-href}" type="application/tei+xml">{f:label('tei-link')}</a>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </dl>
      <xsl:for-each select="tei:encodingDesc/tei:editorialDecl">
        <details class="editorial">
          <summary>{f:label('editorial')}</summary>
          <xsl:apply-templates select="*"/>
        </details>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="meta-row">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:if test="exists($value) and normalize-space(string-join($value ! string()))">
      <div class="meta-{$key}"><dt>{f:label($key)}</dt><dd><xsl:sequence select="$value"/></dd></div>
    </xsl:if>
  </xsl:template>

  <!-- editorialDecl's parts (normalization, correction, ...) hold paragraphs. -->
  <xsl:template match="tei:editorialDecl/*">
    <div class="decl decl-{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <!-- Table of contents ========================================================= -->

  <xsl:template name="toc">
    <xsl:variable name="items" as="element()*">
      <xsl:apply-templates select="//tei:text" mode="toc"/>
      <xsl:if test="exists($f:entries)">
        <li><a href="#-chi-muc">{f:label('index')}</a></li>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="count($items) gt 1">
      <nav class="toc" aria-labelledby="-muc-luc">
        <h2 id="-muc-luc">{f:label('toc')}</h2>
        <ol><xsl:sequence select="$items"/></ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:TEI[parent::tei:teiCorpus]" mode="toc">
    <li><a href="#{f:html-id(.)}">{f:doc-title(.)}</a>
      <xsl:variable name="inner" as="element()*"><xsl:apply-templates select="tei:text" mode="toc"/></xsl:variable>
      <xsl:if test="$inner"><ol><xsl:sequence select="$inner"/></ol></xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="tei:text[ancestor::tei:text]" mode="toc"/>

  <xsl:template match="tei:div[tei:head] | tei:div1[tei:head] | tei:div2[tei:head] | tei:div3[tei:head]
                       | tei:div4[tei:head] | tei:div5[tei:head]" mode="toc">
    <li><a href="#{f:html-id(.)}">{f:plain(tei:head[1])}</a>
      <xsl:variable name="inner" as="element()*"><xsl:apply-templates mode="toc"/></xsl:variable>
      <xsl:if test="$inner"><ol><xsl:sequence select="$inner"/></ol></xsl:if>
    </li>
  </xsl:template>

  <!-- The HTML id of a structural element: its xml:id, or one made from its place. -->
  <xsl:function name="f:html-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id) then string($e/@xml:id)
        else '-' || local-name($e) || '-' || string-join(
                 for $a in $e/ancestor-or-self::*
                 return string(count($a/preceding-sibling::*[node-name() = node-name($a)]) + 1), '.')"/>
  </xsl:function>

  <!-- Documents and structure =================================================== -->

  <xsl:template match="tei:teiCorpus">
    <xsl:apply-templates select="tei:TEI | tei:teiCorpus"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <article class="tei" id="{f:html-id(.)}" lang="{(@xml:lang, ancestor::*/@xml:lang, 'vi')[1]}">
      <xsl:if test="parent::tei:teiCorpus">
        <h2 class="doc-title">{f:doc-title(.)}</h2>
        <xsl:apply-templates select="tei:teiHeader" mode="meta"/>
      </xsl:if>
      <xsl:apply-templates select="tei:text"/>
    </article>
  </xsl:template>

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <div class="{local-name()}"><xsl:call-template name="lang"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- The body's main head is the page's h1 (or the document's h2 in a teiCorpus). -->
  <xsl:template match="tei:body/tei:head[@type = 'main'][. is f:main-head(ancestor::tei:TEI[1])]" priority="1"/>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <section class="div {@type}" id="{f:html-id(.)}"><xsl:call-template name="lang"/><xsl:apply-templates/></section>
  </xsl:template>

  <!-- Heading levels follow the nesting of divs (h2 at the top, h6 at most). -->
  <xsl:template match="tei:div/tei:head | tei:div1/tei:head | tei:div2/tei:head | tei:div3/tei:head
                       | tei:div4/tei:head | tei:div5/tei:head | tei:div6/tei:head | tei:div7/tei:head
                       | tei:body/tei:head | tei:front/tei:head | tei:back/tei:head">
    <xsl:variable name="depth" select="count(ancestor::*[starts-with(local-name(), 'div')])
                                       + count(ancestor::tei:TEI[parent::tei:teiCorpus])"/>
    <xsl:element name="h{min((6, max((2, 1 + $depth))))}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:head">
    <p class="head"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <p class="{string-join((local-name(), @rend ! tokenize(.)), ' ')}">
      <xsl:call-template name="lang"/>
      <xsl:if test="@n"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- A paragraph that holds lists, tables or figures: a div, since HTML's p cannot. -->
  <xsl:template match="tei:p[tei:list | tei:table | tei:figure | tei:lg | tei:quote[tei:p] | tei:sp]">
    <div class="p"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:byline | tei:salute | tei:signed | tei:trailer | tei:docDate
                       | tei:docAuthor | tei:docImprint | tei:speaker | tei:stage">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A date line and a byline the page sets on one line ("Lê Vy | 12/03/2025 08:40"):
       the second, rend="same-line", goes into the first's paragraph. -->
  <xsl:template match="(tei:dateline | tei:byline)[following-sibling::*[1][@rend = 'same-line']]">
    <p class="{local-name()}">
      <xsl:apply-templates/>
      <xsl:for-each select="following-sibling::*[1]">
        <span class="{local-name()}"><xsl:apply-templates/></span>
      </xsl:for-each>
    </p>
  </xsl:template>

  <xsl:template match="(tei:dateline | tei:byline)[@rend = 'same-line']"/>

  <xsl:template match="tei:opener | tei:closer | tei:titlePage | tei:docTitle | tei:epigraph | tei:argument
                       | tei:postscript | tei:floatingText | tei:sp | tei:lg | tei:cit | tei:spGrp">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:l">
    <div class="l">
      <xsl:if test="@n"><span class="line-n" aria-hidden="true">{@n}</span></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l | tei:list] | tei:quote[not(f:in-block(.))]">
    <blockquote class="quote"><xsl:apply-templates/></blockquote>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q | tei:said">
    <!-- The source keeps its quotation marks as text; edition.css adds none. -->
    <q class="{local-name()}"><xsl:apply-templates/></q>
  </xsl:template>

  <!-- Lists and tables ========================================================== -->

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered') or tei:item/@n) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="string-join(('list', @type), ' ')"/>
      <xsl:apply-templates select="* except tei:head"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:item">
    <li>
      <xsl:if test="@n[. castable as xs:integer]"><xsl:attribute name="value" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="tei:list/tei:label">
    <li class="label"><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="tei:table">
    <table class="table">
      <xsl:for-each select="tei:head"><caption><xsl:apply-templates/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row">
    <tr><xsl:apply-templates select="tei:cell"/></tr>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:if test="@cols"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Figures =================================================================== -->

  <xsl:template match="tei:figure">
    <xsl:variable name="n" select="f:figure-number(.)"/>
    <xsl:variable name="alt" select="(f:plain(tei:figDesc/node())[.], f:plain(tei:head)[.],
                                      f:label('figure') || ' ' || $n)[1]"/>
    <xsl:variable name="url" select="string(tei:graphic[1]/@url)"/>
    <figure class="figure" id="{f:html-id(.)}">
      <xsl:choose>
        <!-- Only local images: the page loads nothing from the network. -->
        <xsl:when test="$url and not(matches($url, '^[a-zA-Z][a-zA-Z0-9+.-]*:') and not(starts-with($url, 'data:')))">
          <img src="{$url}" alt="{$alt}" loading="lazy"/>
        </xsl:when>
        <xsl:otherwise>
          <div class="placeholder" role="img" aria-label="{$alt}">
            <span class="placeholder-label">{f:label('figure')} {$n}</span>
            <span class="placeholder-note">({f:label('no-image')})</span>
          </div>
          <xsl:if test="$url"><p class="image-link"><a href="{$url}">{f:label('image-link')}</a></p></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="tei:figDesc">
        <!-- The alt line is part of the source text: the diplomatic view shows it. -->
        <p class="figdesc dipl"><xsl:apply-templates select="tei:figDesc/node()"/></p>
      </xsl:if>
      <xsl:if test="tei:head | f:credit(.)">
        <figcaption>
          <xsl:for-each select="tei:head"><span class="caption"><xsl:apply-templates/></span></xsl:for-each>
          <xsl:for-each select="f:credit(.)"><span class="credit"><xsl:apply-templates/></span></xsl:for-each>
        </figcaption>
      </xsl:if>
      <xsl:apply-templates select="* except (tei:head, tei:figDesc, tei:graphic[1], f:credit(.))"/>
    </figure>
  </xsl:template>

  <xsl:template match="tei:graphic[@url]">
    <img src="{@url}" alt="{(f:plain(../tei:figDesc/node())[.], f:label('figure'))[1]}"/>
  </xsl:template>

  <!-- Separators between a caption and its credit: original layout only. -->
  <xsl:template match="tei:pc[@type = 'separator']">
    <span class="pc dipl"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Entities ================================================================== -->

  <!-- A mention links to its index entry.  Inside a link (an orgName inside a
       roleName inside a persName, or a ref) it is a highlighted span, since HTML
       links cannot nest: $f:in-link says so, passed down from the outer link. -->
  <xsl:template match="tei:persName | tei:orgName | tei:placeName | tei:geogName | tei:rs | tei:name">
    <xsl:param name="f:in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <!-- The facts of the entries @ref resolves to (f:ref-ids, f:targets and
         f:entry-facts spelled out: this runs for every mention, and Saxon does not
         inline them). -->
    <xsl:variable name="facts" select="if (ancestor::tei:text) then
        tokenize(string(@ref))[starts-with(., '#')] ! (let $id := substring(., 2)
        return ($entry-facts($id), key('f:by-id', $id)[1] ! f:make-entry-facts(.))[1]) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($facts)">
        <xsl:variable name="id" select="'-m' || $f:name-numbers(generate-id())"/>
        <xsl:variable name="title" select="string-join($facts ! ?title, '; ')"/>
        <xsl:choose>
          <xsl:when test="$f:in-link">
            <span class="ent ent-{$facts[1]?kind}" id="{$id}" title="{$title}"><xsl:apply-templates/></span>
          </xsl:when>
          <xsl:otherwise>
            <a class="ent ent-{$facts[1]?kind}" id="{$id}" href="#{$facts[1]?id}" title="{$title}">
              <xsl:apply-templates>
                <xsl:with-param name="f:in-link" select="true()" tunnel="yes"/>
              </xsl:apply-templates>
            </a>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <span class="ent ent-{f:mention-kind(.)}"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An entry's kind, name and title ("Nhân vật: Lê Hải Bình"), for its mentions
       and its place in the index; computed once per entry of the lists, other
       targets as they come. -->
  <xsl:variable name="entry-facts" as="map(xs:string, map(xs:string, xs:string))" select="map:merge(
      //(tei:listPerson | tei:listOrg | tei:listPlace | tei:listBibl)/*[@xml:id] !
        map:entry(string(@xml:id), f:make-entry-facts(.)), map {'duplicates': 'use-first'})"/>

  <xsl:function name="f:entry-facts" as="map(xs:string, xs:string)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="known" select="$entry-facts(string($entry/@xml:id))"/>
    <xsl:sequence select="if (exists($known)) then $known else f:make-entry-facts($entry)"/>
  </xsl:function>

  <xsl:function name="f:make-entry-facts" as="map(xs:string, xs:string)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="kind" select="f:entry-kind($entry)"/>
    <xsl:variable name="name" select="f:entry-name($entry)"/>
    <xsl:sequence select="map {'id': string($entry/@xml:id), 'kind': $kind, 'name': $name,
                               'title': f:label($kind) || ': ' || $name
                                 || (f:doc-number($entry) ! (' (' || . || ')'))}"/>
  </xsl:function>

  <xsl:template match="tei:roleName | tei:forename | tei:surname | tei:addName | tei:genName | tei:nameLink">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Dates show their ISO value: a <time> for @when, a tooltip for periods. -->
  <xsl:template match="tei:date | tei:time">
    <xsl:variable name="note" select="f:date-note(.)"/>
    <xsl:choose>
      <xsl:when test="@when">
        <time class="date" datetime="{@when}" title="{$note}"><xsl:apply-templates/></time>
      </xsl:when>
      <xsl:when test="exists($note)">
        <span class="date period" title="{$note}"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise><span class="date"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:measure | tei:num">
    <xsl:variable name="value" select="string-join((@quantity, @value, @unit) ! string(), ' ')"/>
    <span class="{local-name()}">
      <xsl:if test="$value"><xsl:attribute name="title" select="$value"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Editorial interventions =================================================== -->

  <!-- The reading view shows the correction; the original is in the tooltip, and
       shown beside it on hover or keyboard focus (edition.css). -->
  <xsl:template match="tei:choice">
    <xsl:variable name="originals" select="*[f:choice-view(.) = 'dipl']"/>
    <span class="choice">
      <xsl:if test="$originals">
        <xsl:attribute name="tabindex" select="0"/>
        <xsl:attribute name="title" select="f:label('original') || ': '
            || string-join($originals ! normalize-space(string(.)), ' / ')"/>
      </xsl:if>
      <xsl:apply-templates select="*"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:choice/*">
    <span class="{local-name()} {f:choice-view(.)}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:surplus">
    <span class="surplus dipl" title="{f:label('surplus')}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:del">
    <del class="dipl"><xsl:apply-templates/></del>
  </xsl:template>

  <xsl:template match="tei:add">
    <ins class="add"><xsl:apply-templates/></ins>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:unclear
                       | tei:supplied | tei:seg | tei:w | tei:c | tei:pc | tei:mentioned | tei:soCalled
                       | tei:term | tei:distinct | tei:gloss">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <span class="gap" title="{string-join((@reason, @quantity, @unit) ! string(), ' ')}">{f:label('gap')}</span>
  </xsl:template>

  <!-- The reading of an apparatus entry, with the variants beside it. -->
  <xsl:template match="tei:app">
    <span class="app">
      <xsl:variable name="reading" select="f:app-reading(.)"/>
      <span class="lem"><xsl:apply-templates select="$reading/node()"/></span>
      <xsl:variable name="variants" select="(tei:rdg, tei:rdgGrp/tei:rdg) except $reading"/>
      <xsl:if test="$variants">
        <span class="variants" role="note">[{f:label('variants')}: <xsl:for-each select="$variants">
            <xsl:if test="position() gt 1">; </xsl:if>
            <xsl:if test="@wit"><span class="wit">{@wit}</span>: </xsl:if>
            <xsl:apply-templates/></xsl:for-each>]</span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:choose>
      <xsl:when test="f:in-block(.)">
        <span class="note" role="note">[<xsl:apply-templates/>]</span>
      </xsl:when>
      <xsl:otherwise>
        <aside class="note"><xsl:apply-templates/></aside>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Phrase level ============================================================== -->

  <xsl:variable name="hi-elements" as="map(xs:string, xs:string)"
                select="map {'italic': 'i', 'italics': 'i', 'i': 'i', 'bold': 'b', 'b': 'b',
                             'sup': 'sup', 'superscript': 'sup', 'sub': 'sub', 'subscript': 'sub',
                             'underline': 'u', 'u': 'u', 'smallcaps': 'span', 'strikethrough': 's'}"/>

  <xsl:template match="tei:hi">
    <xsl:variable name="rend" select="tokenize(string(@rend))[1]"/>
    <xsl:element name="{($hi-elements($rend), 'span')[1]}">
      <xsl:attribute name="class" select="string-join(('hi', tokenize(string(@rend))), ' ')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph"><em><xsl:apply-templates/></em></xsl:template>

  <xsl:template match="tei:foreign">
    <i class="foreign"><xsl:call-template name="lang"/><xsl:apply-templates/></i>
  </xsl:template>

  <xsl:template match="tei:title"><cite class="title"><xsl:apply-templates/></cite></xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <xsl:template match="tei:pb | tei:cb">
    <span class="{local-name()}" title="{@n}">{if (@n) then '[' || @n || ']' else ''}</span>
  </xsl:template>

  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="target" select="tokenize(@target)[1]"/>
    <a class="{local-name()}" href="{$target}">
      <xsl:choose>
        <xsl:when test="self::tei:ptr or not(normalize-space())">{$target}</xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates>
            <xsl:with-param name="f:in-link" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </a>
  </xsl:template>

  <xsl:template match="tei:bibl">
    <xsl:element name="{if (f:in-block(.)) then 'span' else 'p'}">
      <xsl:attribute name="class">bibl</xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Metadata, register and layout elements that are not text of the article. -->
  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:fw | tei:interp | tei:interpGrp
                       | tei:link | tei:linkGrp | tei:figDesc | tei:anchor"/>

  <!-- Anything else keeps its text: an element named after the TEI element, a div
       when it holds blocks, else a span. -->
  <xsl:template match="*" priority="-1">
    <xsl:element name="{if (f:in-block(.) or text()[normalize-space()] or not(*)) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="lang">
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
  </xsl:template>

  <!-- Index of entities ========================================================= -->

  <xsl:template name="index">
    <xsl:if test="$f:entries">
      <section class="register" id="-chi-muc" aria-labelledby="-chi-muc-h">
        <h2 id="-chi-muc-h">{f:label('index')}</h2>
        <p class="register-intro">{f:label('index-intro')}</p>
        <xsl:for-each-group select="$f:entries" group-by="f:entry-facts(.)?kind">
          <xsl:sort select="index-of(('person', 'org', 'place', 'directive', 'bibl', 'other'), current-grouping-key())"/>
          <section class="register-group" aria-labelledby="-chi-muc-{current-grouping-key()}">
            <h3 id="-chi-muc-{current-grouping-key()}">{f:label(current-grouping-key())}</h3>
            <ul class="entries">
              <xsl:apply-templates select="current-group()" mode="index">
                <xsl:sort select="f:sort-key(f:entry-facts(.)?name)" lang="vi"/>
                <xsl:sort select="@xml:id"/>
              </xsl:apply-templates>
            </ul>
          </section>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="index">
    <xsl:variable name="numbers" select="f:mention-numbers(.)"/>
    <xsl:variable name="roles" select="f:entry-roles(., for $n in $numbers return $f:pointing-names[$n])"/>
    <xsl:variable name="number" select="f:doc-number(.)"/>
    <xsl:variable name="facts" select="f:entry-facts(.)"/>
    <li class="entry ent-{$facts?kind}" id="{@xml:id}">
      <span class="entry-name">{$facts?name}</span>
      <xsl:if test="exists($roles)">
        <span class="entry-roles"> — <span class="k">{f:label('roles')}:</span> {string-join($roles ! f:role-label(.), '; ')}</span>
      </xsl:if>
      <xsl:if test="$number">
        <span class="entry-number"> — <span class="k">{f:label('doc-number')}:</span> {$number}</span>
      </xsl:if>
      <xsl:for-each select="tei:author[normalize-space()]">
        <span class="entry-issuer"> — <span class="k">{f:label('issuer')}:</span>
          <xsl:text> </xsl:text><xsl:apply-templates select="node()" mode="index-link"/></span>
      </xsl:for-each>
      <span class="mentions">
        <xsl:choose>
          <xsl:when test="exists($numbers)">
            <xsl:text> — {f:label('mentions')} {count($numbers)} {f:label('times')}: </xsl:text>
            <xsl:for-each select="$numbers">
              <!-- The words of the mention as its tooltip (the intro says where the
                   numbers lead); one attribute less per link is ~5 % of the page's time. -->
              <a class="backlink" href="#-m{.}" title="{f:plain($f:pointing-names[current()])}">↩{position()}</a>
              <xsl:if test="position() lt last()"><xsl:text> </xsl:text></xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise> — {f:label('no-mentions')}</xsl:otherwise>
        </xsl:choose>
      </span>
    </li>
  </xsl:template>

  <!-- Names inside an entry link to their own entries: the first id of @ref that
       resolves (f:targets), looked up among the entries of the lists first, so that
       the f:by-id key is built only when the target is elsewhere (building it is
       ~0.05 ms of a page, and the issuer of a directive is usually the only user). -->
  <xsl:mode name="index-link" on-no-match="text-only-copy"/>
  <xsl:template match="*[@ref]" mode="index-link">
    <xsl:variable name="id" select="f:ref-ids(.)
        [map:contains($entry-facts, .) or exists(key('f:by-id', ., root(current())))][1]"/>
    <xsl:choose>
      <xsl:when test="exists($id)"><a href="#{$id}">{f:plain(.)}</a></xsl:when>
      <xsl:otherwise>{f:plain(.)}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
