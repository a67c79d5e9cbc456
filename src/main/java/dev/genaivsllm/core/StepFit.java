package dev.genaivsllm.core;

/** A step of a pipeline, and how its family ranked on that step alone. */
record StepFit(Recommendation.Step step, Recommendation.Ranked best) {}
