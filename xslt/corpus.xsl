<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus index (index.html): every article with its date and title, and a
  register of the entities of all articles combined.

  The page is rendered in slices, each a small transform, so that Saxon's memory
  does not grow with the corpus: edition.index.CorpusIndex gathers the facts one
  article at a time, puts the articles and the entries in order (with the sort
  keys asked of this stylesheet), and streams the slices into one file.  The
  input of each slice is one of:

    <c:page articles="1234" register="true|false"/>
        the page, with a comment "c:articles" where the list's items go and a
        comment "c:register" where the register's groups go;
    <c:group kind="person|org|place|directive|bibl"/>
        one group of the register, with a comment "c:entries" where its items go;
    <c:articles><c:article href="page.html" title="…" date="01/07/2022 08:56" iso="…" when="…"/>…</c:articles>
        items of the article list, in the order given;
    <c:entries><c:entry id="pers-…" kind="person" name="…" number="05-CT/TW"
                        articles="(how many articles have it)">
                 <c:role>…</c:role> <c:in href="page.html" title="…" mentions="2"/>
               </c:entry>…</c:entries>
        items of one group of the register, in the order given (c:in lists at
        most the first 25 articles);
    <c:keys><c:title>…</c:title> <c:name>…</c:name>…</c:keys>
        the sort key of each title (of the list) and name (of the register), one
        per line: Saxon's Vietnamese collation key of its f:sort-key, in hex, so
        that both sort as the register of an article page does.

  The items are written in no namespace: on its own, each XHTML element would
  declare its namespace; in the HTML page the two are the same elements.
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

  <!-- The html method, not the article pages' xhtml: the slices' items are in no
       namespace (see above), and only the html method knows that an empty li or
       a is not written "<a/>". -->
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- The collation of xsl:sort lang="vi" (the order of the register of an article page). -->
  <xsl:variable name="c:collation" as="xs:string" select="'http://saxon.sf.net/collation?lang=vi'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="*" mode="c:slice"/>
  </xsl:template>

  <xsl:template match="c:page" mode="c:slice">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="f:label('corpus-title')"/>
      <xsl:with-param name="switch" select="false()"/>
      <xsl:with-param name="main" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- Written straight into the page shell (see html.xsl's template of this mode). -->
  <xsl:template match="c:page" mode="page-content">
    <header class="masthead">
      <h1>{f:label('corpus-title')}</h1>
      <p class="meta">{@articles} {f:label('article-count')}</p>
    </header>
    <main id="-noi-dung">
      <section aria-labelledby="-cac-bai">
        <h2 id="-cac-bai">{f:label('articles')}</h2>
        <ol class="articles"><xsl:comment>c:articles</xsl:comment></ol>
      </section>
      <xsl:if test="@register = 'true'">
        <section class="register" id="-chi-muc" aria-labelledby="-chi-muc-h">
          <h2 id="-chi-muc-h">{f:label('register')}</h2>
          <p class="register-intro">{f:label('register-intro')}</p>
          <xsl:comment>c:register</xsl:comment>
        </section>
      </xsl:if>
    </main>
  </xsl:template>

  <xsl:template match="c:group" mode="c:slice">
    <section class="register-group" aria-labelledby="-chi-muc-{@kind}" xmlns="">
      <h3 id="-chi-muc-{@kind}">{f:label(@kind)}</h3>
      <ul class="entries"><xsl:comment>c:entries</xsl:comment></ul>
    </section>
  </xsl:template>

  <xsl:template match="c:articles | c:entries" mode="c:slice">
    <xsl:apply-templates select="*" mode="c:item"/>
  </xsl:template>

  <xsl:template match="c:article" mode="c:item" xmlns="">
    <li>
      <xsl:choose>
        <xsl:when test="@when"><time datetime="{@when}">{@date}</time></xsl:when>
        <xsl:when test="@date"><span class="no-date" title="{@iso}">{@date}</span></xsl:when>
        <xsl:otherwise><span class="no-date">{f:label('no-date')}</span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a href="{@href}">{c:title(.)}</a>
    </li>
  </xsl:template>

  <!-- One entity across the corpus: its name, roles and number, and the articles. -->
  <xsl:template match="c:entry" mode="c:item" xmlns="">
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
        <a href="{@href}#{$entry/@id}">{c:title(.)}</a>
        <xsl:text> ({@mentions})</xsl:text>
        <xsl:if test="position() lt last()"><xsl:text>; </xsl:text></xsl:if>
      </xsl:for-each>
      <xsl:if test="xs:integer(@articles) gt count(c:in)">
        <span class="more"> … {f:label('more-articles')} ({f:label('in-articles')}: {@articles})</span>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:function name="c:title" as="xs:string">
    <xsl:param name="article" as="element()"/>
    <xsl:sequence select="if (string($article/@title)) then $article/@title else f:label('untitled')"/>
  </xsl:function>

  <!-- Sort keys: titles and names both as the register of an article page sorts
       names (f:sort-key puts "đ" after every other "d", where the collation alone
       would put it after "z"). -->
  <xsl:template match="c:keys" mode="c:slice">
    <xsl:for-each select="c:title | c:name">
      <xsl:value-of select="xs:hexBinary(collation-key(f:sort-key(.), $c:collation))"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
