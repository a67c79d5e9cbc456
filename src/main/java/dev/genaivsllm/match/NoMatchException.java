package dev.genaivsllm.match;

/** A search that found nothing: reported like an unknown name, with its own wording. */
public final class NoMatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoMatchException(String query) {
    super("nothing matches '" + query + "'; try fewer words, another spelling or a synonym");
  }
}
