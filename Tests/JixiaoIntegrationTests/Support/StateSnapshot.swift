import JixiaoClient

/// Everything the query commands show, as one string, to compare states before and after.
func stateSnapshot(_ connection: ClientConnection) throws -> String {
    var text = ""
    let units = try connection.request("UNIT LIST")
    text += units.text
    let years = try connection.request("YEAR LIST")
    text += years.text
    for row in years.cells {
        text += try connection.request("PROJECT LIST \(row[0]) \(row[1])").text
    }
    return text
}
