<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI -> plain-text edition (UTF-8).

  Two views, one mode each, chosen as the initial mode by the caller:

  reading     title, date line, blocks separated by blank lines, headings, list
              items with their numbers, figures as "[Ảnh 1: caption — credit]",
              corrected readings (corr, reg, expan; surplus and del dropped).
  diplomatic  the body exactly as the source has it: original readings (sic, orig,
              abbr), surplus kept, separators kept, figures as their alt line then
              their caption line.  Site furniture is declared in the header, not in
              the body, so it is not here.

  Every template returns one string: containers join their blocks with a blank
  line, blocks join their inline parts with nothing.  The root template tidies the
  lines (white space at line ends is not significant: see editorialDecl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:functions"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode name="reading" on-no-match="shallow-skip"/>
  <xsl:mode name="diplomatic" on-no-match="shallow-skip"/>

  <xsl:variable name="NL" as="xs:string" select="'&#10;'"/>
  <xsl:variable name="BLANK" as="xs:string" select="'&#10;&#10;'"/>

  <!-- Documents ================================================================= -->

  <xsl:template match="/" mode="reading">
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each select="f:documents(.)">
        <xsl:sequence select="f:reading-frontmatter(.)"/>
        <xsl:apply-templates select="if (self::tei:TEI) then tei:text else ." mode="reading"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="f:tidy(f:join($parts), false())"/>
  </xsl:template>

  <xsl:template match="/" mode="diplomatic">
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="f:documents(.) ! (if (self::tei:TEI) then tei:text else .)"
                           mode="diplomatic"/>
    </xsl:variable>
    <xsl:sequence select="f:tidy(f:join($parts), true())"/>
  </xsl:template>

  <!-- Each TEI of a teiCorpus in turn; a fragment that is not TEI as a whole. -->
  <xsl:function name="f:documents" as="element()*">
    <xsl:param name="root" as="document-node()"/>
    <xsl:sequence select="if ($root//tei:TEI) then $root//tei:TEI else $root/*"/>
  </xsl:function>

  <!-- The title and date line from the header, where the body does not open with them. -->
  <xsl:function name="f:reading-frontmatter" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:if test="$doc/self::tei:TEI">
      <xsl:sequence select="if (f:main-head($doc)) then () else f:doc-title($doc)"/>
      <xsl:variable name="date" select="($doc/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:date)[1]"/>
      <xsl:sequence select="if ($doc/tei:text/tei:body/tei:dateline or empty($date)) then ()
                            else f:plain($date)"/>
    </xsl:if>
  </xsl:function>

  <!-- Blocks separated by a blank line; empty ones dropped. -->
  <xsl:function name="f:join" as="xs:string">
    <xsl:param name="blocks" as="xs:string*"/>
    <xsl:sequence select="string-join($blocks[normalize-space()], $BLANK)"/>
  </xsl:function>

  <!-- Line by line: the reading view collapses spaces; the diplomatic view only trims
       line ends, keeping the source's spacing inside a line.  At most one blank line
       in a row, none at the ends.  (Sequence work, not regexes over the whole text:
       Saxon's regex engine is slow on long strings.) -->
  <xsl:function name="f:tidy" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="diplomatic" as="xs:boolean"/>
    <xsl:variable name="lines" as="xs:string*"
        select="tokenize($text, '&#10;') ! (if ($diplomatic) then f:trim(.) else normalize-space(.))"/>
    <xsl:variable name="kept" as="xs:string*"
        select="for $i in 1 to count($lines)
                return $lines[$i][. or ($i gt 1 and $lines[$i - 1])]"/>
    <xsl:variable name="full" select="index-of($kept ! boolean(.), true())"/>
    <xsl:sequence select="if (empty($full)) then ''
        else string-join(subsequence($kept, $full[1], $full[last()] - $full[1] + 1), $NL) || $NL"/>
  </xsl:function>

  <xsl:function name="f:trim" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="if (matches(substring($line, 1, 1), '\s') or matches(substring($line, string-length($line)), '\s'))
                          then replace(replace($line, '^\s+', ''), '\s+$', '') else $line"/>
  </xsl:function>

  <!-- Containers: each child is a block ======================================== -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group | tei:div
                       | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7
                       | tei:lg | tei:sp | tei:opener | tei:closer | tei:titlePage | tei:floatingText
                       | tei:list | tei:listBibl | tei:epigraph | tei:argument | tei:postscript | tei:cit
                       | tei:quote[tei:p | tei:lg | tei:l | tei:list]"
                mode="reading diplomatic">
    <xsl:call-template name="blocks"/>
  </xsl:template>

  <!-- Named templates keep the current mode (functions would lose it), so the view
       carries through. -->
  <xsl:template name="blocks" as="xs:string">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:apply-templates select="* | text()[normalize-space()]" mode="#current"/>
    </xsl:variable>
    <xsl:sequence select="f:join($blocks)"/>
  </xsl:template>

  <xsl:template name="inline" as="xs:string">
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="#current"/>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:template>

  <!-- Verse: one line per l, the stanza one block. -->
  <xsl:template match="tei:lg[not(tei:lg)]" mode="reading diplomatic">
    <xsl:variable name="lines" as="xs:string*">
      <xsl:apply-templates select="*" mode="#current"/>
    </xsl:variable>
    <xsl:sequence select="string-join($lines[normalize-space()], $NL)"/>
  </xsl:template>

  <!-- A table: a line per row, cells separated by " | ". -->
  <xsl:template match="tei:table" mode="reading diplomatic">
    <xsl:variable name="lines" as="xs:string*">
      <xsl:apply-templates select="tei:head" mode="#current"/>
      <xsl:for-each select="tei:row">
        <xsl:variable name="cells" as="xs:string*">
          <xsl:apply-templates select="tei:cell" mode="#current"/>
        </xsl:variable>
        <xsl:sequence select="string-join($cells ! normalize-space(), ' | ')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, $NL)"/>
  </xsl:template>

  <!-- Blocks (and inline elements): their children join with nothing =========== -->

  <xsl:template match="tei:*[local-name() = $f:block-names] | tei:quote | tei:said | tei:q | tei:title
                       | tei:persName | tei:orgName | tei:placeName | tei:rs | tei:name | tei:roleName
                       | tei:date | tei:time | tei:measure | tei:num | tei:hi | tei:emph | tei:foreign
                       | tei:term | tei:seg | tei:w | tei:c | tei:pc | tei:ref | tei:corr | tei:sic
                       | tei:reg | tei:orig | tei:abbr | tei:expan | tei:add | tei:unclear | tei:supplied
                       | tei:lem | tei:rdg | tei:mentioned | tei:soCalled | tei:distinct | tei:gloss"
                mode="reading diplomatic" priority="-0.1">
    <xsl:call-template name="inline"/>
  </xsl:template>

  <!-- A date line and a byline the page sets on one line ("Lê Vy | 12/03/2025 08:40"):
       the second, rend="same-line", goes on the line of the first. -->
  <xsl:template match="(tei:dateline | tei:byline)[following-sibling::*[1][@rend = 'same-line']]"
                mode="reading diplomatic">
    <xsl:call-template name="inline">
      <xsl:with-param name="nodes" select="node(), following-sibling::*[1]/node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="(tei:dateline | tei:byline)[@rend = 'same-line']" mode="reading diplomatic"/>

  <!-- Unknown elements: a phrase inside a block or when they hold text themselves,
       otherwise a container of blocks.  No text is lost either way. -->
  <xsl:template match="*" mode="reading diplomatic" priority="-1">
    <xsl:choose>
      <xsl:when test="f:in-block(.) or text()[normalize-space()]"><xsl:call-template name="inline"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="blocks"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Line breaks inside an element's text are layout of the XML file, not of the
       article: the encoder marks the article's own line breaks with lb. -->
  <xsl:template match="text()" mode="reading diplomatic">
    <xsl:sequence select="if (contains(., '&#10;')) then replace(., '\s*\n\s*', ' ') else string(.)"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="reading diplomatic">
    <xsl:sequence select="$NL"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="reading diplomatic">
    <xsl:sequence select="f:label('gap')"/>
  </xsl:template>

  <xsl:template match="tei:ptr[@target]" mode="reading diplomatic">
    <xsl:sequence select="'&lt;' || @target || '&gt;'"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="reading diplomatic">
    <xsl:variable name="text" as="xs:string"><xsl:call-template name="inline"/></xsl:variable>
    <xsl:sequence select="' [' || normalize-space($text) || ']'"/>
  </xsl:template>

  <!-- Not text of the article: metadata, register, page furniture. -->
  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:fw | tei:graphic
                       | tei:figDesc | tei:interp | tei:interpGrp | tei:link | tei:linkGrp"
                mode="reading diplomatic"/>

  <!-- Editorial interventions: where the two views differ ======================== -->

  <xsl:template match="tei:choice" mode="reading">
    <xsl:call-template name="inline">
      <xsl:with-param name="nodes" select="*[f:choice-shows(., false())]/node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:choice" mode="diplomatic">
    <xsl:call-template name="inline">
      <xsl:with-param name="nodes" select="*[f:choice-shows(., true())]/node()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:surplus | tei:del" mode="reading"/>

  <xsl:template match="tei:surplus | tei:del" mode="diplomatic">
    <xsl:call-template name="inline"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="reading diplomatic">
    <xsl:call-template name="inline">
      <xsl:with-param name="nodes" select="f:app-reading(.)/node()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Figures ==================================================================== -->

  <!-- [Ảnh 1: caption — credit], then any other content the figure holds. -->
  <xsl:template match="tei:figure" mode="reading">
    <xsl:variable name="head" as="xs:string">
      <xsl:call-template name="inline"><xsl:with-param name="nodes" select="tei:head/node()"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="caption" select="(normalize-space($head)[.], f:plain(tei:figDesc/node())[.])[1]"/>
    <xsl:variable name="credit" as="xs:string">
      <xsl:call-template name="inline">
        <xsl:with-param name="nodes" select="f:credit(.)/node()[not(self::tei:pc[@type = 'separator'])]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="line" select="'[' || f:label('figure') || ' ' || f:figure-number(.)
        || ($caption ! (': ' || .)) || (normalize-space($credit)[.] ! (' — ' || .)) || ']'"/>
    <xsl:variable name="rest" as="xs:string*">
      <xsl:apply-templates select="* except (tei:head, tei:figDesc, f:credit(.))" mode="reading"/>
    </xsl:variable>
    <xsl:sequence select="f:join(($line, $rest))"/>
  </xsl:template>

  <!-- As in the source: the alt line, then the caption line with its credit. -->
  <xsl:template match="tei:figure" mode="diplomatic">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:call-template name="inline"><xsl:with-param name="nodes" select="tei:figDesc/node()"/></xsl:call-template>
      <xsl:call-template name="inline">
        <xsl:with-param name="nodes" select="(tei:head, f:credit(.))/node()"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (tei:head, tei:figDesc, f:credit(.))" mode="diplomatic"/>
    </xsl:variable>
    <xsl:sequence select="f:join($blocks)"/>
  </xsl:template>

  <!-- Lists ====================================================================== -->

  <xsl:template match="tei:item" mode="reading">
    <xsl:variable name="text" as="xs:string"><xsl:call-template name="inline"/></xsl:variable>
    <xsl:variable name="marker" select="f:item-marker(.)"/>
    <xsl:sequence select="if (empty($marker) or starts-with(normalize-space($text), $marker))
                          then $text else $marker || ' ' || $text"/>
  </xsl:template>

  <xsl:template match="tei:item" mode="diplomatic">
    <xsl:call-template name="inline"/>
  </xsl:template>

  <!-- "1." in ordered lists (or items with @n), "•" in others, none after a label. -->
  <xsl:function name="f:item-marker" as="xs:string?">
    <xsl:param name="item" as="element()"/>
    <xsl:variable name="list" select="$item/parent::tei:list"/>
    <xsl:variable name="ordered" select="$item/@n or $list/@type = ('ordered', 'numbered')
                                         or contains($list/@rend, 'numbered')"/>
    <xsl:sequence select="
      if ($item/preceding-sibling::*[1][self::tei:label]) then ()
      else if ($ordered) then (string($item/@n)[.], string(count($item/preceding-sibling::tei:item) + 1))[1] || '.'
      else '•'"/>
  </xsl:function>
</xsl:stylesheet>
