/**
 * The end-to-end chain: {@link dev.chorus.pipeline.Pipeline} wires ingest output through text
 * analysis to a summarizer. New stages (cleaning, de-duplication, attribution) are added here, in
 * one place, so that the CLI, server and batch jobs all run the same chain.
 */
package dev.chorus.pipeline;
