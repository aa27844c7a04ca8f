/**
 * Documents the application hands out (issue 14, first used by merchant settlement statements, then by every later
 * report): {@link dev.retain.app.core.documents.PdfDocuments} renders XHTML to a PDF that embeds the Noto Sans SC
 * font, so Chinese prints on any machine, fonts installed or not; {@link dev.retain.app.core.documents.SheetText}
 * keeps text in spreadsheet cells from being read as a formula.
 */
@org.springframework.modulith.NamedInterface("documents")
package dev.retain.app.core.documents;
