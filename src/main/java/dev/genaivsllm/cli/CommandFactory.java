package dev.genaivsllm.cli;

import dev.genaivsllm.content.ContentLimits;
import dev.genaivsllm.content.ContentRepository;
import dev.genaivsllm.core.AskService;
import dev.genaivsllm.core.CompareService;
import dev.genaivsllm.core.EvalService;
import dev.genaivsllm.core.ExplainService;
import dev.genaivsllm.core.HandoutService;
import dev.genaivsllm.core.MapService;
import dev.genaivsllm.core.QuizService;
import dev.genaivsllm.core.RecommendService;
import dev.genaivsllm.core.SearchService;
import dev.genaivsllm.core.SourcesService;
import dev.genaivsllm.core.TimelineService;
import dev.genaivsllm.learn.ModelStore;
import dev.genaivsllm.state.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds every command and its collaborators: the one place where the object graph is wired.
 * Nothing here reads a file; the repository loads lazily when a command asks.
 */
final class CommandFactory implements IFactory {
  private final Environment environment;
  private final PackSelection packs;
  private final ContentRepository content;
  private final ModelStore models;

  CommandFactory(Environment environment) {
    this.environment = environment;
    this.packs = new PackSelection(environment.contentDir(), environment.env());
    this.content =
        ContentRepository.layered(packs::roots, ContentLimits.DEFAULT, environment.nodeCache());
    this.models = ModelFiles.forUser(environment.env(), environment.clock());
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    Object made;
    if (type == GenaiVsLlmCommand.class) {
      made = new GenaiVsLlmCommand(content);
    } else if (type == CompareCommand.class) {
      made = new CompareCommand(new CompareService(content));
    } else if (type == ExplainCommand.class) {
      made = new ExplainCommand(new ExplainService(content), environment.clock());
    } else if (type == AskCommand.class) {
      made = new AskCommand(new AskService(content, models));
    } else if (type == EvalCommand.class) {
      made =
          new EvalCommand(
              new EvalService(
                  new AskService(content, models), new RecommendService(content, models)));
    } else if (type == SearchCommand.class) {
      made = new SearchCommand(new SearchService(content));
    } else if (type == SourcesCommand.class) {
      made = new SourcesCommand(new SourcesService(content));
    } else if (type == QuizCommand.class) {
      made = new QuizCommand(new QuizService(content), environment);
    } else if (type == QuizStatsCommand.class) {
      made = new QuizStatsCommand(new QuizService(content), environment);
    } else if (type == QuizResetCommand.class) {
      made = new QuizResetCommand(environment);
    } else if (type == RecommendCommand.class) {
      made = new RecommendCommand(new RecommendService(content, models), environment);
    } else if (type == MapCommand.class) {
      made = new MapCommand(new MapService(content));
    } else if (type == TimelineCommand.class) {
      made = new TimelineCommand(new TimelineService(content, environment.clock()));
    } else if (type == HandoutCommand.class) {
      made =
          new HandoutCommand(
              new HandoutService(
                  content,
                  new MapService(content),
                  new CompareService(content),
                  new TimelineService(content, environment.clock())));
    } else if (type == LintCommand.class) {
      made = new LintCommand(packs, environment);
    } else if (type == InitPackCommand.class) {
      made = new InitPackCommand(environment.clock(), environment.contentDir());
    } else if (type == PackOptions.class) {
      made = new PackOptions(packs);
    } else if (type == OutputOptions.class) {
      made = new OutputOptions(environment);
    } else if (type == ContentCompletions.Dimensions.class) {
      made = new ContentCompletions.Dimensions(content);
    } else if (type == ContentCompletions.Concepts.class) {
      made = new ContentCompletions.Concepts(content);
    } else if (type == ContentCompletions.Topics.class) {
      made = new ContentCompletions.Topics(content);
    } else if (type == ContentCompletions.SourceKeys.class) {
      made = new ContentCompletions.SourceKeys(content);
    } else if (type == CompletionCommand.class) {
      made = new CompletionCommand(environment);
    } else if (type == ManCommand.class) {
      made = new ManCommand(environment);
    } else if (type == VersionProvider.class) {
      made = new VersionProvider(content);
    } else {
      return CommandLine.defaultFactory().create(type);
    }
    return type.cast(made);
  }
}
