import RapporteurKit
import Testing

@Suite struct InputErrorTests {
    @Test func namesFileAndLine() {
        #expect(InputError(file: "a.vtt", line: 7, reason: "broken timing line").description == "a.vtt:7: broken timing line")
        #expect(InputError(file: "a.json", reason: "not a transcript").description == "a.json: not a transcript")
    }
}
