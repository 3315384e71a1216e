<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus index (index.html): every article with its date and title, and a
  register of the entities of all articles combined.

  Input: the wrapper render.py builds, <c:corpus><c:article href="page.html">
  <TEI>…</TEI></c:article>…</c:corpus>.  Register ids are stable slugs shared by
  the articles (the registers give them), so entries group by xml:id; each links
  to the entry in every article page that has it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:functions"
    xmlns:c="urn:x-edition:corpus"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The page shell, labels and CSS come with the article stylesheet. -->
  <xsl:import href="html.xsl"/>

  <xsl:template match="/">
    <xsl:variable name="articles" select="c:corpus/c:article[tei:TEI]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="f:label('corpus-title')"/>
      <xsl:with-param name="switch" select="false()"/>
      <xsl:with-param name="content">
        <header class="masthead">
          <h1>{f:label('corpus-title')}</h1>
          <p class="meta">{count($articles)} {f:label('article-count')}</p>
        </header>
        <main id="-noi-dung">
          <section aria-labelledby="-cac-bai">
            <h2 id="-cac-bai">{f:label('articles')}</h2>
            <ol class="articles">
              <xsl:apply-templates select="$articles" mode="c:list">
                <xsl:sort select="empty(f:article-date(.))"/>
                <xsl:sort select="f:article-date(.)/f:date-iso(.)"/>
                <xsl:sort select="f:doc-title(tei:TEI)" lang="vi"/>
                <xsl:sort select="@href"/>
              </xsl:apply-templates>
            </ol>
          </section>
          <xsl:call-template name="c:register">
            <xsl:with-param name="entries"
                select="$articles/tei:TEI//(tei:listPerson | tei:listOrg | tei:listPlace | tei:listBibl)/*[@xml:id]"/>
          </xsl:call-template>
        </main>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The date of publication: the source's, else the body's date line. -->
  <xsl:function name="f:article-date" as="element()?">
    <xsl:param name="article" as="element()"/>
    <xsl:sequence select="($article/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc//tei:date[f:date-iso(.)],
                           $article/tei:TEI/tei:text/tei:body/tei:dateline//tei:date[f:date-iso(.)])[1]"/>
  </xsl:function>

  <xsl:template match="c:article" mode="c:list">
    <xsl:variable name="date" select="f:article-date(.)"/>
    <li>
      <xsl:choose>
        <xsl:when test="$date/@when"><time datetime="{$date/@when}">{f:plain($date)}</time></xsl:when>
        <xsl:when test="$date"><span class="no-date" title="{f:date-iso($date)}">{f:plain($date)}</span></xsl:when>
        <xsl:otherwise><span class="no-date">{f:label('no-date')}</span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a href="{@href}">{f:doc-title(tei:TEI)}</a>
    </li>
  </xsl:template>

  <xsl:template name="c:register">
    <xsl:param name="entries" as="element()*"/>
    <xsl:if test="$entries">
      <section class="register" id="-chi-muc" aria-labelledby="-chi-muc-h">
        <h2 id="-chi-muc-h">{f:label('register')}</h2>
        <p class="register-intro">{f:label('register-intro')}</p>
        <xsl:for-each-group select="$entries" group-by="f:entry-kind(.)">
          <xsl:sort select="index-of(('person', 'org', 'place', 'directive', 'bibl', 'other'), current-grouping-key())"/>
          <section class="register-group" aria-labelledby="-chi-muc-{current-grouping-key()}">
            <h3 id="-chi-muc-{current-grouping-key()}">{f:label(current-grouping-key())}</h3>
            <ul class="entries">
              <xsl:for-each-group select="current-group()" group-by="string(@xml:id)">
                <xsl:sort select="f:sort-key(f:entry-name(.))" lang="vi"/>
                <xsl:sort select="current-grouping-key()"/>
                <xsl:call-template name="c:entry"/>
              </xsl:for-each-group>
            </ul>
          </section>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One entity across the corpus: its name, roles and number, and the articles. -->
  <xsl:template name="c:entry">
    <xsl:variable name="roles" select="distinct-values(current-group() ! f:entry-roles(.))"/>
    <xsl:variable name="number" select="current-group() ! f:doc-number(.)"/>
    <li class="entry ent-{f:entry-kind(.)}" id="{current-grouping-key()}">
      <span class="entry-name">{f:entry-name(.)}</span>
      <xsl:if test="exists($roles)">
        <span class="entry-roles"> — <span class="k">{f:label('roles')}:</span> {string-join($roles, '; ')}</span>
      </xsl:if>
      <xsl:if test="exists($number)">
        <span class="entry-number"> — <span class="k">{f:label('doc-number')}:</span> {$number[1]}</span>
      </xsl:if>
      <xsl:text> — </xsl:text>
      <xsl:for-each select="current-group()">
        <xsl:sort select="ancestor::c:article/@href"/>
        <xsl:variable name="article" select="ancestor::c:article"/>
        <a href="{$article/@href}#{@xml:id}">{f:doc-title($article/tei:TEI)}</a>
        <xsl:text> ({count(f:mentions-of(.))})</xsl:text>
        <xsl:if test="position() lt last()"><xsl:text>; </xsl:text></xsl:if>
      </xsl:for-each>
    </li>
  </xsl:template>
</xsl:stylesheet>
