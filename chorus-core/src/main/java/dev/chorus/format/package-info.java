/** Rendering of summaries as text, Markdown and JSON, shared by the CLI and the server. */
package dev.chorus.format;
