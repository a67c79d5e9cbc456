package dev.genaivsllm.learn;

/**
 * One text with the answer it should get.
 *
 * @param label the entry or family id, or {@link TextClassifier#NONE} when nothing answers it
 * @param origin where it came from (an evaluation file's name, or the pack), so that a file can be
 *     measured by a classifier that never saw it
 */
public record Example(String text, String label, String origin) {}
