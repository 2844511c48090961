import JixiaoServer
import Testing

/// `jixiaod --check-config` refuses role groups that do not exist and granted units the
/// state does not hold.
@Suite struct ConfigCheckTests {
    private func values(_ edit: (inout ConfigValues) -> Void) -> ConfigValues {
        var values = ConfigValues()
        edit(&values)
        return values
    }

    @Test func aGroupTheFileNamesMustExist() {
        let named = values { $0.roleOperator = "jixiao-operater" }
        let outcome = ConfigCheck.check(
            ConfigValues.defaults.overridden(by: named),
            named: named,
            groupExists: { $0 != "jixiao-operater" },
            units: nil
        )
        #expect(
            outcome.errors == [
                "role_operator names the group jixiao-operater, which does not exist (getent group jixiao-operater)"
            ]
        )
    }

    @Test func aMissingDefaultGroupIsOnlyAWarning() {
        let outcome = ConfigCheck.check(
            ConfigValues.defaults,
            named: ConfigValues(),
            groupExists: { _ in false },
            units: nil
        )
        #expect(outcome.errors.isEmpty)
        #expect(outcome.warnings.count == 3)
    }

    @Test func grantedUnitsMustBeCodesTheStateHolds() {
        let named = values { $0.operatorUnits = ["hongjiang", "daoxain", "Bad Unit"] }
        let outcome = ConfigCheck.check(
            ConfigValues.defaults.overridden(by: named),
            named: named,
            groupExists: { _ in true },
            units: ["hongjiang", "daoxian"]
        )
        #expect(
            outcome.errors == [
                "operator_units names the unit daoxain, which the state does not hold (units: daoxian, hongjiang)",
                "operator_units: 'Bad Unit' is not a unit code (lower-case letters, digits, - and _)",
            ]
        )
        let unknownState = ConfigCheck.check(
            ConfigValues.defaults.overridden(by: named),
            named: named,
            groupExists: { _ in true },
            units: nil
        )
        #expect(unknownState.errors.count == 1, "without a state to read, only the syntax is checked")
        let all = values { $0.operatorUnits = ["*"] }
        #expect(ConfigCheck.check(all, named: all, groupExists: { _ in true }, units: []).errors.isEmpty)
    }
}
