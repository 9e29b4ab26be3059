package org.tierwatch.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits one connected component of match edges into companies, so that a chain cannot glue
 * unrelated companies through one weak link.
 *
 * <p>Transitivity is where pairwise matching goes wrong: A matches B and B matches C, yet A and C
 * are different companies (ACME FOODS DALIAN, ACME, ACME FOODS QINGDAO). A component is therefore
 * rebuilt edge by edge, strongest first (analyst same_company decisions, then by probability), and
 * an edge is refused when it would put into one company two records that must stay apart: a pair
 * an analyst decided is not the same company, two different known countries, or pairs the scorer
 * holds apart ({@link PairScorer#holdsApart}: below the review threshold, or addresses naming
 * other numbers on one street) whose bits apart ({@link PairScorer#apartBits}), summed, reach the
 * log-odds of the matches between the two sides, summed. Votes are weighed, not counted: a
 * misspelt record that scores low against one other misspelling must not outvote its
 * near-certain match, while a chain glued by one weak link still breaks against a pair with rare
 * words the other lacks. The weakest link of a bad chain is the one refused, each refusal is
 * recorded on the records it would have joined, and a component without conflicts comes out
 * whole, exactly as connected components would give it. Plain Java, deterministic.
 */
public final class ClusterGuard implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Who decided an assignment, kept in {@code company_aliases.decided_by}. */
  public static final String BY_MODEL = "model";
  public static final String BY_ANALYST = "analyst";
  public static final String BY_NONE = "none";

  /** The reason kept for a record that joined no other. */
  public static final String ALONE = "no other record reached the match threshold";

  /** A party record of the component; country is ISO alpha-2 or null. */
  public record Member(String key, String country) implements Serializable {
    public Member {
      requireNonNull(key, "key is null");
    }
  }

  /** A link between two records: a scored match, or an analyst's same_company decision. */
  public record Edge(String a, String b, double probability, String reason, boolean analyst)
      implements Serializable {
    public Edge {
      requireNonNull(a, "a is null");
      requireNonNull(b, "b is null");
      requireNonNull(reason, "reason is null");
    }
  }

  /**
   * Two records that should not end in one company, and why. An analyst's decision always keeps
   * them apart; a scored pair weighs its bits apart ({@link PairScorer#apartBits}) against the
   * log-odds of the matches between the two sides.
   */
  public record Conflict(String a, String b, String reason, boolean analyst, double bits)
      implements Serializable {
    public Conflict {
      requireNonNull(a, "a is null");
      requireNonNull(b, "b is null");
      requireNonNull(reason, "reason is null");
      if (!(bits >= 0)) {
        throw new IllegalArgumentException("bits must be >= 0, was " + bits);
      }
    }

    /** A conflict from a scored pair that argues by these bits for two companies. */
    public Conflict(String a, String b, String reason, double bits) {
      this(a, b, reason, false, bits);
    }

    /** An analyst's not_same_company decision, which no number of matches outweighs. */
    public static Conflict decided(String a, String b, String reason) {
      return new Conflict(a, b, reason, true, Double.POSITIVE_INFINITY);
    }
  }

  /**
   * Where one record ended: its company is named by the smallest key among its records.
   *
   * @param clusterKey the smallest party key of the record's company
   * @param clusterSize the number of records in that company
   * @param matchScore the probability of the strongest accepted link of this record (1 alone)
   * @param reason the explanation of that link, and any link the guard refused
   * @param decidedBy {@link #BY_MODEL}, {@link #BY_ANALYST} or {@link #BY_NONE}
   */
  public record Assignment(
      String clusterKey, long clusterSize, double matchScore, String reason, String decidedBy)
      implements Serializable {}

  private static final Comparator<Edge> STRONGEST_FIRST =
      Comparator.comparing((Edge edge) -> !edge.analyst())
          .thenComparing(Edge::probability, Comparator.reverseOrder())
          .thenComparing(Edge::a)
          .thenComparing(Edge::b);

  /** Assigns every member (and every edge end) to a company. */
  public Map<String, Assignment> split(
      List<Member> members, List<Edge> edges, List<Conflict> conflicts) {
    requireNonNull(members, "members is null");
    requireNonNull(edges, "edges is null");
    requireNonNull(conflicts, "conflicts is null");
    Partition partition = new Partition();
    for (Member member : members) {
      partition.add(member.key(), member.country());
    }
    Map<String, Map<String, Conflict>> apart = new HashMap<>();
    for (Conflict conflict : conflicts) {
      apart.computeIfAbsent(conflict.a(), k -> new HashMap<>()).put(conflict.b(), conflict);
      apart.computeIfAbsent(conflict.b(), k -> new HashMap<>()).put(conflict.a(), conflict);
    }
    Map<String, List<Edge>> linked = new HashMap<>();
    for (Edge edge : edges) {
      linked.computeIfAbsent(edge.a(), k -> new ArrayList<>()).add(edge);
      linked.computeIfAbsent(edge.b(), k -> new ArrayList<>()).add(edge);
    }

    Map<String, Edge> bestEdge = new HashMap<>();
    Map<String, String> refused = new HashMap<>();
    List<Edge> ordered = new ArrayList<>(edges);
    ordered.sort(STRONGEST_FIRST);
    for (Edge edge : ordered) {
      partition.add(edge.a(), null);
      partition.add(edge.b(), null);
      String ra = partition.find(edge.a());
      String rb = partition.find(edge.b());
      if (!ra.equals(rb)) {
        String conflict = edge.analyst() ? null : partition.conflict(ra, rb, apart, linked);
        if (conflict != null) {
          String note = String.format(Locale.ROOT, "guard refused link %s~%s (p=%.4f): %s",
              edge.a(), edge.b(), edge.probability(), conflict);
          refused.putIfAbsent(edge.a(), note);
          refused.putIfAbsent(edge.b(), note);
          continue;
        }
        partition.union(ra, rb);
      }
      bestEdge.putIfAbsent(edge.a(), edge);
      bestEdge.putIfAbsent(edge.b(), edge);
    }
    return partition.assignments(bestEdge, refused);
  }

  /** Union-find over party keys that keeps each set's members and known countries. */
  private static final class Partition {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, Set<String>> countries = new HashMap<>();

    void add(String key, String country) {
      if (!parent.containsKey(key)) {
        parent.put(key, key);
        members.put(key, new ArrayList<>(List.of(key)));
        countries.put(key, new HashSet<>());
      }
      if (country != null && !country.isBlank()) {
        countries.get(find(key)).add(country);
      }
    }

    String find(String key) {
      String root = key;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      String node = key;
      while (!node.equals(root)) {
        String next = parent.get(node);
        parent.put(node, root);
        node = next;
      }
      return root;
    }

    /**
     * Why the sets of roots ra and rb must stay apart, or null when they may merge: two known
     * countries, an analyst's decision between them, or conflicts between them whose bits apart
     * reach the log-odds of the matches between them. A chain glued by one weak link has a few
     * bits for it and a pair of rare words against; a misspelt record has a near-certain match
     * for it and only the odd other misspelling against.
     */
    String conflict(String ra, String rb, Map<String, Map<String, Conflict>> apart,
        Map<String, List<Edge>> linked) {
      Set<String> both = new HashSet<>(countries.get(ra));
      both.addAll(countries.get(rb));
      if (both.size() > 1) {
        return "countries " + String.join("\u2260", new java.util.TreeSet<>(both));
      }
      List<String> small = members.get(ra).size() <= members.get(rb).size()
          ? members.get(ra) : members.get(rb);
      String other = small == members.get(ra) ? rb : ra;
      // The conflict named is the strongest, ties to the smallest keys: whichever was met first
      // would change with the order the component's rows were gathered in.
      Conflict strongest = null;
      String strongestKey = null;
      String strongestPartner = null;
      double against = 0;
      for (String key : small) {
        for (Map.Entry<String, Conflict> partner : apart.getOrDefault(key, Map.of()).entrySet()) {
          if (parent.containsKey(partner.getKey()) && find(partner.getKey()).equals(other)) {
            Conflict conflict = partner.getValue();
            if (strongest == null || conflict.bits() > strongest.bits()
                || (conflict.bits() == strongest.bits()
                    && ordered(key, partner.getKey(), strongestKey, strongestPartner))) {
              strongest = conflict;
              strongestKey = key;
              strongestPartner = partner.getKey();
            }
            against += conflict.bits();
          }
        }
      }
      if (strongest == null) {
        // Most merges meet no conflict, and then the links between the sides need no summing.
        return null;
      }
      String why = strongestKey + " vs " + strongestPartner + " " + strongest.reason();
      if (strongest.analyst()) {
        return why;
      }
      double support = 0;
      for (String key : small) {
        for (Edge edge : linked.getOrDefault(key, List.of())) {
          String partner = edge.a().equals(key) ? edge.b() : edge.a();
          if (parent.containsKey(partner) && find(partner).equals(other)) {
            support += logOdds(edge.probability());
          }
        }
      }
      return against >= support
          ? String.format(Locale.ROOT, "%s; %.1f bits apart, %.1f for", why, against, support)
          : null;
    }

    /** Whether the pair (key, partner) sorts before (otherKey, otherPartner). */
    private static boolean ordered(String key, String partner, String otherKey,
        String otherPartner) {
      int order = key.compareTo(otherKey);
      return order != 0 ? order < 0 : partner.compareTo(otherPartner) < 0;
    }

    /** log2(p / (1 - p)) in bits; a probability that rounded to 1 counts as 1 - 2^-53. */
    private static double logOdds(double probability) {
      double odds = probability / Math.max(1 - probability, 0x1.0p-53);
      return Math.log(odds) / Math.log(2);
    }

    void union(String ra, String rb) {
      String keep = members.get(ra).size() >= members.get(rb).size() ? ra : rb;
      String drop = keep.equals(ra) ? rb : ra;
      parent.put(drop, keep);
      members.get(keep).addAll(members.remove(drop));
      countries.get(keep).addAll(countries.remove(drop));
    }

    Map<String, Assignment> assignments(Map<String, Edge> bestEdge, Map<String, String> refused) {
      Map<String, Assignment> result = new TreeMap<>();
      for (List<String> set : members.values()) {
        String clusterKey = set.stream().min(Comparator.naturalOrder()).orElseThrow();
        for (String key : set) {
          Edge edge = set.size() > 1 ? bestEdge.get(key) : null;
          String note = refused.get(key);
          String reason;
          double score;
          String decidedBy;
          if (edge == null) {
            score = 1.0;
            reason = ALONE;
            decidedBy = BY_NONE;
          } else {
            score = edge.probability();
            String other = edge.a().equals(key) ? edge.b() : edge.a();
            reason = "with " + other + ": " + edge.reason();
            decidedBy = edge.analyst() ? BY_ANALYST : BY_MODEL;
          }
          if (note != null) {
            reason = reason + "; " + note;
          }
          result.put(key, new Assignment(clusterKey, set.size(), score, reason, decidedBy));
        }
      }
      return result;
    }
  }
}
