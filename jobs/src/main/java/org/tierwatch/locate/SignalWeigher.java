package org.tierwatch.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a location from clues. Each province (Liaoning, Jilin, elsewhere) gathers its clues
 * by noisy-OR, so agreeing signals strengthen each other; the strongest province wins if it
 * reaches {@link #DECIDING_SCORE}. A runner-up of {@link #CONFLICT_SCORE} or more is a conflict
 * and lowers the confidence. The city comes from the
 * winner's most detailed clue that names one (a county before its prefecture), strongest first.
 */
final class SignalWeigher {
  static final double DECIDING_SCORE = 0.35;
  static final double CONFLICT_SCORE = 0.5;
  private static final double TIE = 1e-9;

  private SignalWeigher() {}

  static Location weigh(List<Clue> clues) {
    Map<Province, Double> doubt = new EnumMap<>(Province.class);
    for (Clue clue : clues) {
      if (clue.province() != Province.UNKNOWN && clue.strength() > 0) {
        doubt.merge(clue.province(), 1.0 - clue.strength(), (a, b) -> a * b);
      }
    }
    Province winner = Province.UNKNOWN;
    double best = 0.0;
    double second = 0.0;
    for (Map.Entry<Province, Double> entry : doubt.entrySet()) {
      double score = 1.0 - entry.getValue();
      boolean tie = Math.abs(score - best) < TIE
          && lastMention(entry.getKey(), clues) > lastMention(winner, clues);
      if (score > best + TIE || tie) {
        second = best;
        best = score;
        winner = entry.getKey();
      } else if (score > second) {
        second = score;
      }
    }
    List<LocationSignal> evidence = new ArrayList<>(clues.size());
    clues.stream()
        .sorted(Comparator.comparingDouble(Clue::strength).reversed())
        .forEach(clue -> evidence.add(clue.signal()));
    if (best < DECIDING_SCORE) {
      if (evidence.isEmpty()) {
        evidence.add(new LocationSignal(SignalKind.NO_EVIDENCE, "", Province.UNKNOWN, null, 0.0,
            "nothing in the address or identifiers tells a place"));
      }
      return new Location(Province.UNKNOWN, null, 0.0, evidence, false);
    }
    boolean conflict = second >= CONFLICT_SCORE;
    double confidence = round(best * (1.0 - second / 2.0));
    return new Location(winner, cityOf(winner, clues), confidence, evidence, conflict);
  }

  /**
   * Where the last clue for a province stands among the clues, which keep the address's order.
   * On a tie the later name wins: addresses in Latin script end with the broader, deciding unit
   * ("Dalian Wanda Plaza, Chengdu").
   */
  private static int lastMention(Province province, List<Clue> clues) {
    int last = -1;
    for (int i = 0; i < clues.size(); i++) {
      if (clues.get(i).province() == province && clues.get(i).strength() > 0) {
        last = i;
      }
    }
    return last;
  }

  private static String cityOf(Province winner, List<Clue> clues) {
    Clue best = null;
    for (Clue clue : clues) {
      boolean finer = best == null || clue.detail() > best.detail()
          || clue.detail() == best.detail() && clue.strength() > best.strength();
      if (clue.province() == winner && clue.signal().city() != null && finer) {
        best = clue;
      }
    }
    return best == null ? null : best.signal().city();
  }

  private static double round(double value) {
    return Math.max(0.0, Math.min(1.0, Math.round(value * 1000.0) / 1000.0));
  }
}
