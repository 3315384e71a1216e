<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus index (index.html): every article with its date and title, and a
  register of the entities of all articles combined.

  Input: the facts render.CorpusIndex gathers, one article at a time (so that
  memory grows with the index, not with the corpus's text), with the entities
  already merged by id (register ids are stable slugs shared by the articles):
    <c:corpus>
      <c:article n="0" href="page.html" title="…" date="01/07/2022 08:56" iso="…" when="…"/>
      <c:entry id="pers-…" kind="person|org|place|directive|bibl" name="…" number="05-CT/TW"
               articles="(how many articles have it; c:in lists at most the first 25)">
        <c:role>…</c:role> <c:in article="0" mentions="2"/>
      </c:entry>
    </c:corpus>
  Each entry links to itself in every article page that has it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:x-edition:functions"
    xmlns:c="urn:x-edition:corpus"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The page shell, labels and CSS come with the article stylesheet. -->
  <xsl:import href="html.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="f:label('corpus-title')"/>
      <xsl:with-param name="switch" select="false()"/>
      <xsl:with-param name="main" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- Written straight into the page shell (this mode's template of html.xsl is
       for articles): passed as the shell's $content, the list of every article
       was first built as a temporary tree, then copied node by node. -->
  <xsl:template match="/" mode="page-content">
    <xsl:variable name="articles" select="c:corpus/c:article"/>
    <header class="masthead">
      <h1>{f:label('corpus-title')}</h1>
      <p class="meta">{count($articles)} {f:label('article-count')}</p>
    </header>
    <main id="-noi-dung">
      <section aria-labelledby="-cac-bai">
        <h2 id="-cac-bai">{f:label('articles')}</h2>
        <ol class="articles">
          <xsl:apply-templates select="$articles" mode="c:list">
            <xsl:sort select="empty(@iso)"/>
            <xsl:sort select="string(@iso)"/>
            <xsl:sort select="string(@title)" lang="vi"/>
            <xsl:sort select="@href"/>
          </xsl:apply-templates>
        </ol>
      </section>
      <xsl:call-template name="c:register">
        <xsl:with-param name="entries" select="c:corpus/c:entry"/>
      </xsl:call-template>
    </main>
  </xsl:template>

  <xsl:template match="c:article" mode="c:list">
    <li>
      <xsl:choose>
        <xsl:when test="@when"><time datetime="{@when}">{@date}</time></xsl:when>
        <xsl:when test="@date"><span class="no-date" title="{@iso}">{@date}</span></xsl:when>
        <xsl:otherwise><span class="no-date">{f:label('no-date')}</span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a href="{@href}">{if (string(@title)) then @title else f:label('untitled')}</a>
    </li>
  </xsl:template>

  <xsl:template name="c:register">
    <xsl:param name="entries" as="element(c:entry)*"/>
    <xsl:if test="$entries">
      <section class="register" id="-chi-muc" aria-labelledby="-chi-muc-h">
        <h2 id="-chi-muc-h">{f:label('register')}</h2>
        <p class="register-intro">{f:label('register-intro')}</p>
        <xsl:for-each-group select="$entries" group-by="string(@kind)">
          <xsl:sort select="index-of(('person', 'org', 'place', 'directive', 'bibl', 'other'), current-grouping-key())"/>
          <section class="register-group" aria-labelledby="-chi-muc-{current-grouping-key()}">
            <h3 id="-chi-muc-{current-grouping-key()}">{f:label(current-grouping-key())}</h3>
            <ul class="entries">
              <xsl:apply-templates select="current-group()" mode="c:entry">
                <xsl:sort select="f:sort-key(@name)" lang="vi"/>
                <xsl:sort select="@id"/>
              </xsl:apply-templates>
            </ul>
          </section>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:key name="c:article" match="c:article" use="@n"/>

  <!-- One entity across the corpus: its name, roles and number, and the articles. -->
  <xsl:template match="c:entry" mode="c:entry">
    <li class="entry ent-{@kind}" id="{@id}">
      <span class="entry-name">{@name}</span>
      <xsl:if test="c:role">
        <span class="entry-roles"> — <span class="k">{f:label('roles')}:</span> {string-join(c:role ! f:role-label(.), '; ')}</span>
      </xsl:if>
      <xsl:if test="@number">
        <span class="entry-number"> — <span class="k">{f:label('doc-number')}:</span> {@number}</span>
      </xsl:if>
      <xsl:text> — </xsl:text>
      <xsl:variable name="entry" select="."/>
      <xsl:for-each select="c:in">
        <xsl:sort select="key('c:article', @article)/@href"/>
        <xsl:variable name="article" select="key('c:article', @article)"/>
        <a href="{$article/@href}#{$entry/@id}">{if (string($article/@title)) then $article/@title else f:label('untitled')}</a>
        <xsl:text> ({@mentions})</xsl:text>
        <xsl:if test="position() lt last()"><xsl:text>; </xsl:text></xsl:if>
      </xsl:for-each>
      <xsl:if test="xs:integer(@articles) gt count(c:in)">
        <span class="more"> … {f:label('more-articles')} ({f:label('in-articles')}: {@articles})</span>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
