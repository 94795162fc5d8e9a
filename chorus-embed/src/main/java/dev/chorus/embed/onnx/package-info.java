/**
 * Neural sentence encoders behind {@link dev.chorus.embed.SentenceEncoder}, fully offline: {@link
 * dev.chorus.embed.onnx.OnnxSentenceEncoder} runs an int8 {@link
 * dev.chorus.embed.onnx.EmbeddingModel} (all-MiniLM-L6-v2 or bge-small-en-v1.5) with ONNX Runtime
 * 1.28 and the Hugging Face tokenizers library (through DJL). Models, tokenizers and native
 * libraries all come from Maven jars on the class path.
 *
 * <p>Files written at run time: ONNX Runtime extracts its native library to {@code
 * java.io.tmpdir} and deletes it at exit; DJL copies {@code libtokenizers} (15 MB) once to {@code
 * ~/.djl.ai/tokenizers/} (or {@code $ENGINE_CACHE_DIR}, {@code $DJL_CACHE_DIR}; the same names
 * work as system properties), falling back to {@code java.io.tmpdir} when the home directory is
 * not writable. Verified with an empty home directory inside a network namespace without network
 * ({@code unshare -n}): encoding works and nothing else is written. DJL's telemetry is switched
 * off by the system properties {@code ai.djl.offline} and {@code OPT_OUT_TRACKING}, which the
 * encoder sets unless the user has set them.
 *
 * <p>ONNX Runtime is pinned to 1.28: 1.29 added telemetry on Linux and macOS that queues events
 * in {@code ~/.cache/Microsoft/DeveloperTools/.onnxruntime} for upload and can only be disabled
 * with the environment variable {@code ORT_DISABLE_TELEMETRY=1} set before start-up.
 */
package dev.chorus.embed.onnx;
