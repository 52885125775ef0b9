package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The git data of an {@link Operation} ({@code git}): which fields are set depends on the git event (a
 * commit has a sha and line counts, a branch switch has from and to branches), so every field is
 * optional, counts included. Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGitInfo.class)
@JsonDeserialize(builder = GitInfo.Builder.class)
public abstract class GitInfo {
  GitInfo() {}

  /** The git operation ({@code commit}, {@code push}, {@code checkout}, …). */
  @JsonProperty("operation")
  public abstract Optional<String> operation();

  /** The commit sha. */
  @JsonProperty("sha")
  public abstract Optional<String> sha();

  /** The branch. */
  @JsonProperty("branch")
  public abstract Optional<String> branch();

  /** The repository. */
  @JsonProperty("repo")
  public abstract Optional<String> repo();

  /** The commit message. */
  @JsonProperty("message")
  public abstract Optional<String> message();

  /** The branch before a switch. */
  @JsonProperty("prev_branch")
  public abstract Optional<String> prevBranch();

  /**
   * Whether the operation was a clone ({@code is_clone}). Named {@code cloned} because {@code clone()}
   * would override {@link Object#clone()}.
   */
  @JsonProperty("is_clone")
  public abstract Optional<Boolean> cloned();

  /** The remote's name. */
  @JsonProperty("remote")
  public abstract Optional<String> remote();

  /** The commit's author. */
  @JsonProperty("author")
  public abstract Optional<String> author();

  /** Files changed by a commit. */
  @JsonProperty("files_changed")
  public abstract Optional<Integer> filesChanged();

  /** Lines inserted by a commit. */
  @JsonProperty("insertions")
  public abstract Optional<Integer> insertions();

  /** Lines deleted by a commit. */
  @JsonProperty("deletions")
  public abstract Optional<Integer> deletions();

  /** Commits pushed or rewritten. */
  @JsonProperty("commits_count")
  public abstract Optional<Integer> commitsCount();

  /** The range of commits pushed ({@code a1b2c3..d4e5f6}). */
  @JsonProperty("commit_range")
  public abstract Optional<String> commitRange();

  /** The remote's URL. */
  @JsonProperty("remote_url")
  public abstract Optional<String> remoteUrl();

  /** Free-form details of the event. */
  @JsonProperty("details")
  public abstract Optional<String> details();

  /** The source branch of a merge. */
  @JsonProperty("from_branch")
  public abstract Optional<String> fromBranch();

  /** The target branch of a merge. */
  @JsonProperty("to_branch")
  public abstract Optional<String> toBranch();

  /** The server's estimate of context tokens the change added. */
  @JsonProperty("estimated_tokens_added")
  public abstract Optional<Long> estimatedTokensAdded();

  /** The server's estimate of context tokens the change removed. */
  @JsonProperty("estimated_tokens_removed")
  public abstract Optional<Long> estimatedTokensRemoved();

  /** Fields the server sent that this SDK version does not know, by JSON name. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * A builder for git data (for tests and fakes).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link GitInfo}. Not thread-safe. */
  public static final class Builder extends ImmutableGitInfo.Builder {
    Builder() {}
  }
}
