import Testing

@testable import RapporteurCLI

/// The time left that the progress display shows: the pace of the latest steps, so that steps answered from the
/// response cache at the start of a resumed run do not make hours look like minutes.
@Suite struct StepPaceTests {
    @Test func nothingIsEstimatedBeforeTheFirstStepOrAfterTheLast() {
        var pace = StepPace()
        #expect(pace.secondsLeft(remaining: 10) == nil)
        pace.stepFinished(at: 4)
        #expect(pace.secondsLeft(remaining: 0) == nil)
    }

    @Test func evenStepsGiveTheirPaceTimesTheStepsLeft() {
        var pace = StepPace()
        for step in 1...3 { pace.stepFinished(at: Double(step) * 20) }
        #expect(pace.secondsLeft(remaining: 5) == 100)
    }

    /// 34 steps from the cache in a second, then steps of 26 s: the whole-stage average would say 8 min for the
    /// 100 steps left; once a window of steps at the model's pace has finished, the estimate is 2,600 s.
    @Test func cachedStepsAtTheStartStopCountingOnceAWindowOfRealStepsHasFinished() throws {
        var pace = StepPace()
        for step in 1...34 { pace.stepFinished(at: Double(step) / 34) }
        var clock = 1.0
        for _ in 1...StepPace.window {
            clock += 26
            pace.stepFinished(at: clock)
        }
        let left = try #require(pace.secondsLeft(remaining: 100))
        #expect(abs(left - 2_600) < 1e-9)
    }

    @Test func theEstimateFollowsTheLatestStepsWhenThePaceChanges() {
        var pace = StepPace()
        var clock = 0.0
        for _ in 1...20 {
            clock += 60
            pace.stepFinished(at: clock)
        }
        for _ in 1...StepPace.window {
            clock += 10
            pace.stepFinished(at: clock)
        }
        #expect(pace.secondsLeft(remaining: 3) == 30)
    }
}
