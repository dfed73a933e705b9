import { describe, expect, it } from "vitest";
import { addDays, endOfDayUnix, parseEvery, sampleDates } from "../../src/history/dates.js";
import { pickCommits } from "../../src/history/sample.js";
import { leastSquares, projectDate, velocity } from "../../src/history/trend.js";

const weekly = (start: string, values: number[]) =>
  values.map((value, i) => ({ date: addDays(start, 7 * i), value }));

describe("least squares and projections", () => {
  it("fits a line exactly through collinear points and finds none with one x", () => {
    expect(
      leastSquares([
        { x: 0, y: 1 },
        { x: 2, y: 5 },
        { x: 4, y: 9 },
      ]),
    ).toEqual({ slope: 2, intercept: 1 });
    expect(
      leastSquares([
        { x: 3, y: 1 },
        { x: 3, y: 2 },
      ]),
    ).toBeUndefined();
    expect(leastSquares([{ x: 3, y: 1 }])).toBeUndefined();
  });

  it("100, 90, 80 statements weekly: 10 removed per week, zero on 2025-03-17, 10% on 2025-03-10", () => {
    const series = weekly("2025-01-06", [100, 90, 80]);
    const rate = velocity(series);
    expect(rate?.perWeek).toBeCloseTo(10, 9);
    expect(rate).toMatchObject({ points: 3, from: "2025-01-06", to: "2025-01-20" });
    // 80 left at 10 a week: 8 weeks after the last point.
    expect(projectDate("2025-01-20", 80, 0, rate)).toEqual({
      status: "projected",
      date: "2025-03-17",
      days: 56,
    });
    expect(projectDate("2025-01-20", 80, 10, rate)).toEqual({
      status: "projected",
      date: "2025-03-10",
      days: 49,
    });
    expect(projectDate("2025-01-20", 80, 80, rate)).toEqual({ status: "reached" });
  });

  it("fits noisy data by least squares: 5, 3, 3, 2, 3 weekly is 0.5 a week", () => {
    const rate = velocity(weekly("2025-01-06", [5, 3, 3, 2, 3]));
    expect(rate?.perWeek).toBeCloseTo(0.5, 9);
    expect(projectDate("2025-02-03", 3, 0, rate)).toEqual({
      status: "projected",
      date: "2025-03-17",
      days: 42,
    });
  });

  it("a flat or rising trend is not converging; one point is unknown", () => {
    const flat = velocity(weekly("2025-01-06", [50, 50, 50]));
    expect(flat?.perWeek).toBe(0);
    expect(projectDate("2025-01-20", 50, 0, flat)).toEqual({ status: "not-converging" });
    const rising = velocity(weekly("2025-01-06", [50, 55, 60]));
    expect(rising?.perWeek).toBeCloseTo(-5, 9);
    expect(projectDate("2025-01-20", 60, 0, rising)).toEqual({ status: "not-converging" });
    const single = velocity(weekly("2025-01-06", [50]));
    expect(single).toBeUndefined();
    expect(projectDate("2025-01-06", 50, 0, single)).toEqual({ status: "unknown" });
  });

  it("fits only the last 6 points: a steep start followed by a plateau is flat", () => {
    const series = weekly("2025-01-06", [200, 160, 120, 80, 40, 30, 30, 30, 30, 30, 30]);
    expect(velocity(series)).toMatchObject({
      perWeek: 0,
      points: 6,
      from: "2025-02-10",
      to: "2025-03-17",
    });
    expect(velocity(series, 11)?.perWeek).toBeGreaterThan(10);
  });
});

describe("sample dates and commits", () => {
  it("steps by week, day or N days up to and including until", () => {
    expect(sampleDates("2025-01-06", "2025-01-27", parseEvery("week"))).toEqual([
      "2025-01-06",
      "2025-01-13",
      "2025-01-20",
      "2025-01-27",
    ]);
    expect(sampleDates("2025-02-27", "2025-03-01", parseEvery("day"))).toEqual([
      "2025-02-27",
      "2025-02-28",
      "2025-03-01",
    ]);
    expect(sampleDates("2025-01-01", "2025-01-31", parseEvery("14-days"))).toEqual([
      "2025-01-01",
      "2025-01-15",
      "2025-01-29",
    ]);
    expect(() => parseEvery("fortnight")).toThrow(
      '--every: "fortnight" is not a step; expected week, day or N-days',
    );
    expect(() => sampleDates("2025-02-01", "2025-01-01", 7)).toThrow(
      "--since 2025-02-01 is after --until 2025-01-01",
    );
  });

  it("picks the newest first-parent commit at or before the end of each UTC day", () => {
    const end13 = endOfDayUnix("2025-01-13");
    expect(end13).toBe(Date.UTC(2025, 0, 13, 23, 59, 59) / 1000);
    const line = [
      { commit: "c3", time: end13 + 1 }, // 2025-01-14 00:00:00
      { commit: "c2", time: end13 },
      { commit: "c1", time: end13 - 7 * 86_400 },
    ];
    expect(pickCommits(line, ["2025-01-05", "2025-01-06", "2025-01-13", "2025-01-14"])).toEqual({
      samples: [
        { date: "2025-01-06", commit: "c1" },
        { date: "2025-01-13", commit: "c2" },
        { date: "2025-01-14", commit: "c3" },
      ],
      skipped: ["2025-01-05"],
    });
  });
});
