<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared functions of the edition's stylesheets (html.xsl, text.xsl, corpus.xsl).

  Everything that both editions must agree on lives here, once: what counts as an
  entity mention and which register entry it points to, the kinds of entries, the
  ISO value of a date, the number of a figure, which part of a <choice> a view
  shows, the document's title, and the Vietnamese labels.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="urn:x-edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Block-level TEI elements: their content is one paragraph-like block.  Unknown
       elements are blocks too when they hold text directly and stand outside one. -->
  <xsl:variable name="f:block-names" as="xs:string+" select="('p', 'ab', 'head', 'dateline', 'byline',
      'signed', 'salute', 'trailer', 'l', 'speaker', 'stage', 'docTitle', 'docAuthor', 'docImprint',
      'docDate', 'label', 'item', 'bibl', 'figDesc', 'cell', 'imprimatur', 'meeting')"/>

  <xsl:function name="f:in-block" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/ancestor::tei:*[local-name() = $f:block-names])"/>
  </xsl:function>

  <!-- Labels (Vietnamese) ======================================================= -->

  <xsl:variable name="f:labels" as="map(xs:string, xs:string)" select="map {
      'toc': 'Mục lục',
      'index': 'Chỉ mục',
      'index-intro': 'Nhân vật, tổ chức, địa danh và văn bản được nhắc đến trong bài; số thứ tự dẫn về từng lần nhắc.',
      'person': 'Nhân vật',
      'org': 'Tổ chức',
      'place': 'Địa danh',
      'directive': 'Văn bản chỉ đạo',
      'bibl': 'Tài liệu',
      'other': 'Khác',
      'metadata': 'Thông tin văn bản',
      'source': 'Nguồn',
      'publisher': 'Đơn vị đăng',
      'date': 'Ngày đăng',
      'author': 'Tác giả',
      'edition': 'Bản biên tập',
      'editorial': 'Nguyên tắc biên tập',
      'tei-file': 'Tệp TEI',
      'tei-link': 'Tải bản mã hóa TEI (XML)',
      'view-switch': 'Bản nguyên văn: hiện chữ gốc chưa sửa, chữ thừa và chú thích ảnh như trong nguồn',
      'skip': 'Chuyển tới nội dung',
      'figure': 'Ảnh',
      'no-image': 'ảnh không kèm theo bản điện tử',
      'image-link': 'xem ảnh gốc',
      'original': 'Nguyên văn',
      'surplus': 'Chữ thừa, được lược trong bản đọc',
      'roles': 'Chức vụ',
      'doc-number': 'Số hiệu',
      'issuer': 'Cơ quan ban hành',
      'mentions': 'Nhắc đến',
      'times': 'lần',
      'no-mentions': 'không được nhắc trực tiếp trong bài',
      'inferred': 'suy ra từ ngữ cảnh',
      'cert': 'độ tin cậy',
      'high': 'cao', 'medium': 'trung bình', 'low': 'thấp', 'unknown': 'không rõ',
      'note': 'Ghi chú',
      'variants': 'Dị bản',
      'gap': '[…]',
      'untitled': 'Văn bản không nhan đề',
      'filename': 'tệp nguồn',
      'checksum': 'SHA-256',
      'edition-id': 'mã bản',
      'corpus-title': 'Tuyển tập bài viết',
      'articles': 'Các bài',
      'register': 'Chỉ mục chung',
      'register-intro': 'Mỗi mục dẫn tới chỉ mục của từng bài có nhắc đến; số trong ngoặc là số lần nhắc.',
      'no-date': 'không rõ ngày',
      'article-count': 'bài',
      'more-articles': 'và các bài khác',
      'in-articles': 'số bài',
      'generated-by': 'Bản điện tử do edition tạo từ bản mã hóa TEI P5.'
    }"/>

  <xsl:function name="f:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($f:labels($key), $key)[1]"/>
  </xsl:function>

  <!-- Roles the converter records as codes (a byline's author, a photo credit's
       photographer; see docs/ENCODING.md), shown in Vietnamese; any other role is
       shown as written. -->
  <xsl:variable name="f:role-labels" as="map(xs:string, xs:string)" select="map {
      'author': 'tác giả',
      'photographer': 'phóng viên ảnh'
    }"/>

  <xsl:function name="f:role-label" as="xs:string">
    <xsl:param name="role" as="xs:string"/>
    <xsl:sequence select="($f:role-labels($role), $role)[1]"/>
  </xsl:function>

  <!-- Entities and the register ================================================ -->

  <xsl:key name="f:by-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- The name elements of the text that point somewhere, in document order; those
       whose @ref resolves are the mentions.  A name's number is its position here:
       it makes the HTML id of the mention and of the back-links to it. -->
  <xsl:variable name="f:pointing-names" as="element()*" select="//tei:text//(tei:persName | tei:orgName
      | tei:placeName | tei:geogName | tei:rs | tei:name)[@ref]"/>

  <!-- generate-id() of a name -> its number (cheaper than an accumulator here). -->
  <xsl:variable name="f:name-numbers" as="map(xs:string, xs:integer)" select="map:merge(
      for $n in 1 to count($f:pointing-names) return map:entry(generate-id($f:pointing-names[$n]), $n))"/>

  <!-- The ids a name's @ref points to within its document ("#a #b" -> a, b; other
       pointers are left out). -->
  <xsl:function name="f:ref-ids" as="xs:string*">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="tokenize(string($name/@ref))[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- Id -> the numbers of the names pointing at it, in document order: a key's
       work, done in the same pass that numbers them. -->
  <xsl:variable name="f:pointers" as="map(xs:string, xs:integer+)" select="map:merge(
      for $n in 1 to count($f:pointing-names)
      return f:ref-ids($f:pointing-names[$n]) ! map:entry(., $n),
      map {'duplicates': 'combine'})"/>

  <!-- The entries a name element points to. -->
  <xsl:function name="f:targets" as="element()*">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="f:ref-ids($name) ! key('f:by-id', ., root($name))[1]"/>
  </xsl:function>

  <!-- The numbers of an entry's mentions (see f:pointing-names). -->
  <xsl:function name="f:mention-numbers" as="xs:integer*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$f:pointers(string($entry/@xml:id))"/>
  </xsl:function>

  <!-- Register entries: the members of listPerson/listOrg/listPlace/listBibl, and any
       other element a mention points to (one pass in document order: an element is
       a target when a name refers to its id and the id resolves to it). -->
  <xsl:variable name="f:entries" as="element()*" select="//*[@xml:id][
      (parent::tei:listPerson | parent::tei:listOrg | parent::tei:listPlace | parent::tei:listBibl)
        and not(self::tei:head)
      or map:contains($f:pointers, string(@xml:id)) and . is key('f:by-id', string(@xml:id))[1]]"/>

  <xsl:function name="f:entry-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="
      if ($entry[self::tei:person or self::tei:personGrp]) then 'person'
      else if ($entry[self::tei:org]) then 'org'
      else if ($entry[self::tei:place]) then 'place'
      else if ($entry[self::tei:bibl or self::tei:biblStruct])
        then (if ($entry/ancestor::tei:listBibl[@type = 'directives']) then 'directive' else 'bibl')
      else 'other'"/>
  </xsl:function>

  <!-- The kind a mention is highlighted as: its entry's, else its element's. -->
  <xsl:function name="f:mention-kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="entry" select="f:targets($e)[1]"/>
    <xsl:sequence select="
      if ($entry) then f:entry-kind($entry)
      else if ($e[self::tei:persName]) then 'person'
      else if ($e[self::tei:orgName]) then 'org'
      else if ($e[self::tei:placeName or self::tei:geogName]) then 'place'
      else if ($e[self::tei:rs or self::tei:name][@type]) then string($e/@type)
      else 'other'"/>
  </xsl:function>

  <xsl:function name="f:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="($entry/(tei:persName | tei:orgName | tei:placeName | tei:geogName
                                        | tei:title | tei:name | tei:label))[1]"/>
    <xsl:sequence select="if ($name) then f:plain($name)
                          else if (normalize-space($entry)) then f:plain($entry)
                          else string($entry/@xml:id)"/>
  </xsl:function>

  <!-- Titles and offices: the entry's occupations and the roleNames its mentions carry. -->
  <xsl:function name="f:entry-roles" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="mentions" as="element()*"/>
    <xsl:sequence select="distinct-values((
        $entry/(tei:occupation | tei:roleName | tei:persName/tei:roleName),
        $mentions/tei:roleName) ! f:plain(.)[.])"/>
  </xsl:function>

  <xsl:function name="f:doc-number" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/tei:idno[@type = 'document-number'][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- Alphabetical key: Vietnamese "đ" comes after every other "d". -->
  <xsl:function name="f:sort-key" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="replace(lower-case(normalize-unicode($name)), 'đ', 'd&#xFFFD;')"/>
  </xsl:function>

  <!-- Dates ===================================================================== -->

  <!-- ISO 8601: @when, or the interval @from/@to (also @notBefore/@notAfter). -->
  <xsl:function name="f:date-iso" as="xs:string?">
    <xsl:param name="d" as="element()"/>
    <xsl:sequence select="
      if ($d/@when) then string($d/@when)
      else if ($d/(@from | @to)) then string-join(($d/@from, $d/@to) ! string(), '/')
      else if ($d/(@notBefore | @notAfter))
        then (string($d/@notBefore) || '/' || string($d/@notAfter))
      else ()"/>
  </xsl:function>

  <!-- The ISO value with a word on certainty, for a tooltip. -->
  <xsl:function name="f:date-note" as="xs:string?">
    <xsl:param name="d" as="element()"/>
    <xsl:variable name="iso" select="f:date-iso($d)"/>
    <xsl:variable name="qualifiers" select="(
        if ($d/@evidence = 'internal') then f:label('inferred') else (),
        if ($d/@cert) then f:label('cert') || ': ' || f:label(string($d/@cert)) else ())"/>
    <xsl:sequence select="if (empty($iso)) then ()
                          else if (empty($qualifiers)) then $iso
                          else $iso || ' (' || string-join($qualifiers, ', ') || ')'"/>
  </xsl:function>

  <!-- Figures =================================================================== -->

  <xsl:function name="f:figure-number" as="xs:string">
    <xsl:param name="fig" as="element()"/>
    <xsl:sequence select="(string($fig/@n)[.],
                           string(count($fig/preceding::tei:figure[ancestor::tei:text]) + 1))[1]"/>
  </xsl:function>

  <xsl:function name="f:credit" as="element()?">
    <xsl:param name="fig" as="element()"/>
    <xsl:sequence select="$fig/tei:note[@type = 'credit'][1]"/>
  </xsl:function>

  <!-- Editorial choices ========================================================= -->

  <!-- Does this child of <choice> belong to the reading view (corr, reg, expan) or
       to the diplomatic view (sic, orig, abbr)?  A choice without such a pair shows
       its first child in both views and the others in the diplomatic view only. -->
  <xsl:function name="f:choice-view" as="xs:string">
    <xsl:param name="child" as="element()"/>
    <xsl:variable name="reading" select="$child/../(tei:corr | tei:reg | tei:expan)"/>
    <xsl:variable name="original" select="$child/../(tei:sic | tei:orig | tei:abbr)"/>
    <xsl:sequence select="
      if ($reading and $original)
        then (if ($child intersect $reading) then 'read' else if ($child intersect $original) then 'dipl' else 'dipl')
      else if ($child is $child/../*[1]) then 'both' else 'dipl'"/>
  </xsl:function>

  <xsl:function name="f:choice-shows" as="xs:boolean">
    <xsl:param name="child" as="element()"/>
    <xsl:param name="diplomatic" as="xs:boolean"/>
    <xsl:variable name="view" select="f:choice-view($child)"/>
    <xsl:sequence select="$view = 'both' or $view = (if ($diplomatic) then 'dipl' else 'read')"/>
  </xsl:function>

  <!-- The reading of an app: its lem, else its first rdg. -->
  <xsl:function name="f:app-reading" as="element()?">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="($app/tei:lem, $app/tei:rdg, $app/tei:rdgGrp/tei:rdg)[1]"/>
  </xsl:function>

  <!-- Titles ===================================================================== -->

  <xsl:function name="f:main-head" as="element()?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/tei:text/tei:body/tei:head[@type = 'main'][1]"/>
  </xsl:function>

  <xsl:function name="f:doc-title" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="stmt" select="$doc/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="title" select="($stmt/tei:title[@type = 'main'], $stmt/tei:title,
                                        f:main-head($doc), $doc//tei:body/tei:head)[1]"/>
    <xsl:sequence select="if ($title) then f:plain($title) else f:label('untitled')"/>
  </xsl:function>

  <!-- Plain reading text of some nodes, on one line: corrected readings, no surplus,
       no notes.  For titles, tooltips, alt text and the table of contents. -->
  <xsl:function name="f:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:choose>
      <!-- Most calls get one name or title holding only text (and comments, which
           the string value skips too): its string value is the answer, without a
           pass of the f:plain mode (~5 times slower).  The test (what the mode's
           templates below drop or change, on the node and inside it) is written
           here: a function for it cost ~0.4 us a call, more than the test. -->
      <xsl:when test="$nodes instance of element()
                      and empty($nodes[self::tei:surplus or self::tei:note or self::tei:figDesc or self::tei:del
                                       or self::tei:lb or parent::tei:choice or parent::tei:app])
                      and empty($nodes//(tei:choice | tei:surplus | tei:note | tei:figDesc | tei:del | tei:lb | tei:app))">
        <xsl:sequence select="normalize-space(string($nodes))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parts" as="xs:string*">
          <xsl:apply-templates select="$nodes" mode="f:plain"/>
        </xsl:variable>
        <xsl:sequence select="normalize-space(string-join($parts))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:mode name="f:plain" on-no-match="text-only-copy"/>
  <xsl:template match="tei:choice/*[not(f:choice-shows(., false()))] | tei:surplus | tei:note
                       | tei:figDesc | tei:del | tei:app/*[not(. is f:app-reading(..))]"
                mode="f:plain"/>
  <xsl:template match="tei:lb" mode="f:plain" expand-text="no"><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>
